import type { Action } from './action';
import { quarterOf, yearOf, type CalendarDate } from './calendar-date';
import type { DeadlineAssessment } from './deadlines';
import type { Person } from './person';
import type { Theme } from './theme';

/**
 * The coordinator's overview, in the order it is read: what is late, what comes soon (within the
 * longest lead time), this quarter, next quarter, the quarterly checks of ongoing and started
 * work, what comes later, what the plan gives no moment, and what is done.
 */
export const DEADLINE_SECTIONS = [
  'overdue',
  'soon',
  'this-quarter',
  'next-quarter',
  'review',
  'later',
  'unscheduled',
  'done',
] as const;
export type DeadlineSection = (typeof DEADLINE_SECTIONS)[number];

function quarterIndex(date: CalendarDate): number {
  return yearOf(date) * 4 + quarterOf(date);
}

/** The section of the overview an action falls in, from its assessment on `today`. */
export function deadlineSectionOf(
  { state, deadline, moment }: DeadlineAssessment,
  today: CalendarDate,
): DeadlineSection {
  if (state === 'done') return 'done';
  if (state === 'overdue') return 'overdue';
  if (deadline === undefined) return 'unscheduled';
  if (moment === 'review') return 'review';
  if (state === 'approaching') return 'soon';
  const quartersAhead = quarterIndex(deadline) - quarterIndex(today);
  if (quartersAhead <= 0) return 'this-quarter';
  return quartersAhead === 1 ? 'next-quarter' : 'later';
}

/** Who answers for an action: its owner, or without one, its theme's owner. */
export function responsibleFor(
  action: Pick<Action, 'owner' | 'themeId'>,
  themes: ReadonlyArray<Pick<Theme, 'id' | 'owner'>>,
): Person | undefined {
  return action.owner ?? themes.find((theme) => theme.id === action.themeId)?.owner;
}
