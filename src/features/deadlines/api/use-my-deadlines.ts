import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { calendarDateIn } from '../../../domain/calendar-date';
import { useNow } from '../../../ui/clock';
import { useRepositories } from '../../../ui/repositories-context';
import { useCurrentUser } from '../../../ui/use-current-user';
import { getPlanQueryOptions } from '../../../ui/use-plan';
import { deadlineRowsOf, myDeadlineRows, type DeadlineRow } from '../deadline-overview';

export interface MyDeadlines {
  /** Undefined until the plan and the signed-in person are known. */
  rows: DeadlineRow[] | undefined;
  error: unknown;
}

/**
 * The signed-in person's late and coming actions. `readPlan: false` only uses a plan the app has
 * already read for the page shown (the header's count): it must not compete with a board's read.
 */
export function useMyDeadlines({ readPlan }: { readPlan: boolean }): MyDeadlines {
  const plan = useQuery({ ...getPlanQueryOptions(useRepositories()), enabled: readPlan });
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
