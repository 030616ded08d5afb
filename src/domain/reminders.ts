import type { ActionSummary } from './action';
import type { CalendarDate } from './calendar-date';
import { responsibleFor } from './deadline-sections';
import {
  assessDeadlinesOn,
  type AssessedAction,
  type DeadlineAssessment,
  type DeadlineMoment,
  type LeadTimes,
} from './deadlines';
import type { Person } from './person';
import type { Theme } from './theme';

/** `approaching` a deadline, `overdue` past it, or the quarterly `review` of ongoing work. */
export type ReminderKind = 'approaching' | 'overdue' | 'review';

export interface Reminder {
  /** Action, deadline, kind and offset: the same reminder has the same key on every run. */
  key: string;
  actionId: number;
  themeId: number | undefined;
  title: string;
  kind: ReminderKind;
  deadline: CalendarDate;
  moment?: DeadlineMoment;
  /**
   * The days before the deadline this reminder stands for: the lead time reached, or once
   * overdue a negative number: -1 the day after, -8 a week later, -15, …
   */
  offset: number;
  /** Calendar days from today to the deadline; negative once overdue. */
  daysLeft: number;
  /** The action's owner, or without one, its theme's owner; undefined when neither is known. */
  recipient: Person | undefined;
}

export type ReminderAction = Pick<
  ActionSummary,
  'id' | 'themeId' | 'title' | 'timing' | 'status' | 'owner'
> &
  AssessedAction;

export function reminderKey(
  actionId: number,
  deadline: CalendarDate,
  kind: ReminderKind,
  offset: number,
): string {
  return `${actionId}:${deadline}:${kind}:${offset}`;
}

/** Overdue reminders come the day after the deadline, then once a week: -1, -8, -15, … */
function overdueOffset(daysLeft: number): number {
  const daysLate = -daysLeft;
  return -(1 + 7 * Math.floor((daysLate - 1) / 7));
}

/**
 * The reminders due on `today` (an Europe/Amsterdam calendar day). A run on any day returns the
 * same keys until the next stage is reached, so a job that records what it sent sends each once,
 * and a job that missed days catches up with the stage it is in, not every stage it missed:
 * - before a deadline, the tightest lead time reached (30 until a week before, then 7);
 * - after it, the day after and then weekly while it stays overdue;
 * - ongoing and started work, once a quarter, the shortest lead time before the quarter ends;
 * - done actions, ones the yearly update closed, and ones without a deadline get nothing;
 *   blocked ones are still open.
 * A moved deadline gives other keys, so the new date gets reminders of its own.
 */
export function remindersDueOn(
  actions: readonly ReminderAction[],
  themes: ReadonlyArray<Pick<Theme, 'id' | 'owner'>>,
  today: CalendarDate,
  leadTimes: LeadTimes,
  /** The actions' assessments on `today` with `leadTimes`, when the caller has them already. */
  assessments: ReadonlyMap<number, DeadlineAssessment> = assessDeadlinesOn(
    actions,
    today,
    leadTimes,
  ),
): Reminder[] {
  const shortest = Math.min(...leadTimes.days);
  const reminders: Reminder[] = [];
  for (const action of actions) {
    const assessment = assessments.get(action.id);
    if (!assessment?.deadline || assessment.daysLeft === undefined) continue;
    const { deadline, daysLeft, moment } = assessment;
    let kind: ReminderKind;
    let offset: number;
    if (assessment.state === 'overdue') {
      kind = 'overdue';
      offset = overdueOffset(daysLeft);
    } else if (assessment.state === 'approaching' && assessment.leadTime !== undefined) {
      if (moment === 'review' && assessment.leadTime !== shortest) continue;
      kind = moment === 'review' ? 'review' : 'approaching';
      offset = assessment.leadTime;
    } else continue;
    reminders.push({
      key: reminderKey(action.id, deadline, kind, offset),
      actionId: action.id,
      themeId: action.themeId,
      title: action.title,
      kind,
      deadline,
      ...(moment ? { moment } : {}),
      offset,
      daysLeft,
      recipient: responsibleFor(action, themes),
    });
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft || a.actionId - b.actionId);
}

/** Whether a reminder is the first one after its deadline passed: the action just became late. */
export function isNewlyOverdue(reminder: Reminder): boolean {
  return reminder.kind === 'overdue' && reminder.offset === -1;
}

/** ISO weekday of a calendar date: 1 is Monday, 7 Sunday. */
export function isoWeekdayOf(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return ((utc.getUTCDay() + 6) % 7) + 1;
}

export interface DigestAction {
  id: number;
  title: string;
  deadline: CalendarDate;
  daysLeft: number;
  kind: ReminderKind;
}

export interface DigestTheme {
  /** Undefined for the plan's organisation-wide actions. */
  themeId: number | undefined;
  late: number;
  approaching: number;
  reviews: number;
  /** Late first, then by days left: what the digest names first. */
  urgent: DigestAction[];
}

/**
 * The coordinator's digest on `today`: per theme (in the themes' order, organisation-wide last)
 * what is late, what approaches within the longest lead time, and which reviews are due within
 * it. Themes with nothing to report are left out.
 */
export function digestOn(
  actions: readonly ReminderAction[],
  themes: ReadonlyArray<Pick<Theme, 'id'>>,
  today: CalendarDate,
  leadTimes: LeadTimes,
  assessments: ReadonlyMap<number, DeadlineAssessment> = assessDeadlinesOn(
    actions,
    today,
    leadTimes,
  ),
): DigestTheme[] {
  // Approaching means within some lead time, so within the longest.
  const byTheme = new Map<number | undefined, DigestTheme>();
  for (const action of actions) {
    const assessment = assessments.get(action.id);
    if (!assessment?.deadline || assessment.daysLeft === undefined) continue;
    const late = assessment.state === 'overdue';
    if (!late && assessment.state !== 'approaching') continue;
    const kind: ReminderKind = late
      ? 'overdue'
      : assessment.moment === 'review'
        ? 'review'
        : 'approaching';
    const entry = byTheme.get(action.themeId) ?? {
      themeId: action.themeId,
      late: 0,
      approaching: 0,
      reviews: 0,
      urgent: [],
    };
    if (kind === 'overdue') entry.late++;
    else if (kind === 'review') entry.reviews++;
    else entry.approaching++;
    entry.urgent.push({
      id: action.id,
      title: action.title,
      deadline: assessment.deadline,
      daysLeft: assessment.daysLeft,
      kind,
    });
    byTheme.set(action.themeId, entry);
  }
  const order = [...themes.map((theme) => theme.id), undefined];
  return order.flatMap((id) => {
    const entry = byTheme.get(id);
    if (!entry) return [];
    // Reviews are not urgent: ongoing work cannot be late.
    entry.urgent.sort(
      (a, b) =>
        Number(a.kind === 'review') - Number(b.kind === 'review') ||
        a.daysLeft - b.daysLeft ||
        a.id - b.id,
    );
    return [entry];
  });
}

/**
 * Whether the channel digest is due on `today`: never when one was posted today; otherwise on
 * the chosen weekday, at once when an action just became late, or when the last one failed.
 */
export function isDigestDue(input: {
  today: CalendarDate;
  weekday: number;
  postedToday: boolean;
  newlyOverdue: boolean;
  lastFailed: boolean;
}): boolean {
  if (input.postedToday) return false;
  return isoWeekdayOf(input.today) === input.weekday || input.newlyOverdue || input.lastFailed;
}
