import type { Action, ActionStatus } from './action';
import { ACTION_STATUSES } from './action';
import type { CalendarDate } from './calendar-date';
import { assessDeadlines, DEFAULT_LEAD_TIMES, type LeadTimes } from './deadlines';

export interface ThemeProgress {
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  /** The earliest deadline still ahead (today included) of an action that is not done. */
  nextDeadline: CalendarDate | undefined;
}

/** What a theme's card shows: its actions per status, how many are overdue, and what is due next. */
export function summarizeProgress(
  actions: ReadonlyArray<Pick<Action, 'id' | 'timing' | 'status'>>,
  now: Date,
  leadTimes: LeadTimes = DEFAULT_LEAD_TIMES,
): ThemeProgress {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<
    ActionStatus,
    number
  >;
  for (const action of actions) byStatus[action.status] += 1;
  const assessments = [...assessDeadlines(actions, now, leadTimes).values()];
  const ahead = assessments
    .filter((assessment) => assessment.state !== 'overdue' && assessment.deadline !== undefined)
    .map((assessment) => assessment.deadline as CalendarDate)
    .sort();
  return {
    byStatus,
    overdue: assessments.filter((assessment) => assessment.state === 'overdue').length,
    nextDeadline: ahead[0],
  };
}
