import type { Action, ActionClosure } from './action';
import {
  calendarDateIn,
  daysBetween,
  lastDayOfQuarter,
  lastDayOfYear,
  quarterOf,
  yearOf,
} from './calendar-date';
import type { CalendarDate } from './calendar-date';
import { dueDateOf, parseTiming } from './timing';
import type { Timing } from './timing';

export interface LeadTimes {
  /** Days before a deadline at which a reminder is due, in any order. */
  days: readonly number[];
}

export const DEFAULT_LEAD_TIMES: LeadTimes = { days: [30, 7] };

/**
 * Precedence, first that holds: done, no-deadline, overdue, approaching, due-this-quarter;
 * otherwise on-track.
 */
export type DeadlineState =
  'on-track' | 'approaching' | 'due-this-quarter' | 'overdue' | 'done' | 'no-deadline';

export interface DeadlineAssessment {
  state: DeadlineState;
  /** The last calendar day (Europe/Amsterdam) to deliver, or for ongoing work to review. */
  deadline?: CalendarDate;
  /** Calendar days from today to the deadline: 0 on the day itself, negative once overdue. */
  daysLeft?: number;
  /** What the deadline asks, where it is more than delivery (see `DeadlineMoment`). */
  moment?: DeadlineMoment;
  /**
   * While approaching: the tightest lead time reached (the smallest one not below `daysLeft`), so
   * a notifier sends each reminder once: with 30 and 7, it is 30 until a week before, then 7.
   */
  leadTime?: number;
}

/**
 * A deadline other than delivery: `start` to have begun by (a timing that names only a start, while
 * not started), `report` to report by, `review` the quarterly check of ongoing and started work.
 */
export type DeadlineMoment = 'start' | 'report' | 'review';

/** Whether the yearly update closed it is all the rules need of its closure. */
export type AssessedAction = Pick<Action, 'timing' | 'status'> & {
  closure?: Pick<ActionClosure, 'outcome'>;
};

interface Deadline {
  date: CalendarDate;
  moment?: DeadlineMoment;
}

function reviewOn(today: CalendarDate): Deadline {
  return { date: lastDayOfQuarter(yearOf(today), quarterOf(today)), moment: 'review' };
}

function deadlineOn(
  timing: Timing,
  status: Action['status'],
  today: CalendarDate,
): Deadline | undefined {
  switch (timing.kind) {
    // Each quarter brings a new review moment, so ongoing work is never overdue.
    case 'continuous':
      return reviewOn(today);
    // Only the start is promised: late only while not started, then reviewed as ongoing work.
    case 'start':
      return status === 'not-started'
        ? { date: lastDayOfQuarter(timing.start.year, timing.start.quarter), moment: 'start' }
        : reviewOn(today);
    case 'start-with-report':
      return {
        date: lastDayOfQuarter(timing.report.year, timing.report.quarter),
        moment: 'report',
      };
    // Due at the end of every year from the first year on.
    case 'yearly':
      return { date: lastDayOfYear(Math.max(yearOf(today), timing.fromYear)) };
    default: {
      const date = dueDateOf(timing);
      return date === undefined ? undefined : { date };
    }
  }
}

function assessOn(
  today: CalendarDate,
  { timing, status, closure }: AssessedAction,
  leadTimes: LeadTimes,
): DeadlineAssessment {
  // Carried into a new year's action or stopped: the work is no longer due under this one.
  if (status === 'done' || closure) return { state: 'done' };
  const due = deadlineOn(parseTiming(timing), status, today);
  if (due === undefined) return { state: 'no-deadline' };

  const deadline = due.date;
  const daysLeft = daysBetween(today, deadline);
  const known = due.moment ? { deadline, daysLeft, moment: due.moment } : { deadline, daysLeft };
  if (daysLeft < 0) return { state: 'overdue', ...known };
  const reached = leadTimes.days.filter((days) => daysLeft <= days);
  if (reached.length > 0) return { state: 'approaching', ...known, leadTime: Math.min(...reached) };
  const sameQuarter =
    yearOf(deadline) === yearOf(today) && quarterOf(deadline) === quarterOf(today);
  return { state: sameQuarter ? 'due-this-quarter' : 'on-track', ...known };
}

/** Where an action stands against its deadline on the Amsterdam calendar day of `now`. */
export function assessDeadline(
  action: AssessedAction,
  now: Date,
  leadTimes: LeadTimes = DEFAULT_LEAD_TIMES,
): DeadlineAssessment {
  return assessOn(calendarDateIn(now), action, leadTimes);
}

/** `assessDeadline` for many actions at once, keyed by action id. */
export function assessDeadlines(
  actions: ReadonlyArray<AssessedAction & Pick<Action, 'id'>>,
  now: Date,
  leadTimes: LeadTimes = DEFAULT_LEAD_TIMES,
): Map<number, DeadlineAssessment> {
  return assessDeadlinesOn(actions, calendarDateIn(now), leadTimes);
}

/** `assessDeadlines` on an Amsterdam calendar day, for views that change only when the day does. */
export function assessDeadlinesOn(
  actions: ReadonlyArray<AssessedAction & Pick<Action, 'id'>>,
  today: CalendarDate,
  leadTimes: LeadTimes = DEFAULT_LEAD_TIMES,
): Map<number, DeadlineAssessment> {
  // A board repeats a handful of timings across a thousand actions: assess each kind once.
  const byKind = new Map<string, DeadlineAssessment>();
  return new Map(
    actions.map((action) => {
      const kind = `${action.closure ? 'closed' : action.status}\n${action.timing}`;
      let assessment = byKind.get(kind);
      if (!assessment) {
        assessment = assessOn(today, action, leadTimes);
        byKind.set(kind, assessment);
      }
      return [action.id, assessment];
    }),
  );
}
