import { useMemo } from 'react';
import { calendarDateIn } from '../../../domain/calendar-date';
import { useNow } from '../../../ui/clock';
import { useCurrentUser } from '../../../ui/use-current-user';
import { usePlan } from '../../../ui/use-plan';
import { deadlineRowsOf, myDeadlineRows, type DeadlineRow } from '../deadline-overview';

export interface MyDeadlines {
  /** Undefined until the plan and the signed-in person are known. */
  rows: DeadlineRow[] | undefined;
  error: unknown;
}

/** The signed-in person's late and coming actions, from the plan and user the app already reads. */
export function useMyDeadlines(): MyDeadlines {
  const plan = usePlan();
  const user = useCurrentUser();
  const today = calendarDateIn(useNow());
  const rows = useMemo(
    () =>
      plan.data && user.data
        ? myDeadlineRows(deadlineRowsOf(plan.data, today), user.data.id)
        : undefined,
    [plan.data, user.data, today],
  );
  return { rows, error: plan.error ?? user.error };
}
