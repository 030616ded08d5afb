import { yearOf, type CalendarDate } from './calendar-date';
import { parseTiming, type Timing } from './timing';

/** The plan's first year: the app shipped with the 2025 plan, before plan years were stored. */
export const FIRST_PLAN_YEAR = 2025;
// The same window the timing parser reads years in.
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2099;

/** The first year a timing names; none for ongoing work and text that reads as no timing. */
export function yearOfTiming(timing: Timing): number | undefined {
  switch (timing.kind) {
    case 'quarter':
    case 'year':
    case 'end-of-year':
    case 'procurement-agenda':
    case 'to-be-decided':
      return timing.year;
    case 'span':
      return timing.from.year;
    case 'start':
    case 'start-with-report':
      return timing.start.year;
    case 'phases':
      return timing.prepareYear;
    case 'yearly':
      return timing.fromYear;
    case 'continuous':
    case 'unscheduled':
      return undefined;
  }
}

/** A new action's plan year: the year its timing names, else the year it is made in. */
export function defaultPlanYear(timing: string, today: CalendarDate): number {
  return yearOfTiming(parseTiming(timing)) ?? yearOf(today);
}

/**
 * Which plan years a view shows: one year, every year, or (undefined, the default) the current
 * year with whatever is still open from earlier years, so finished work of past plans drops out.
 */
export type PlanYearFilter = number | 'all' | undefined;

export const ALL_PLAN_YEARS = 'all';

/** A filter from a URL value; anything else is the default. */
export function readPlanYearFilter(value: string | null): PlanYearFilter {
  if (value === ALL_PLAN_YEARS) return ALL_PLAN_YEARS;
  const year = Number(value);
  return value && Number.isInteger(year) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR
    ? year
    : undefined;
}

/** Open: neither done nor closed by the yearly update (carried over or stopped). */
export function inPlanYears(
  action: { planYear: number; status: string; closure?: unknown },
  filter: PlanYearFilter,
  currentYear: number,
): boolean {
  if (filter === ALL_PLAN_YEARS) return true;
  if (filter !== undefined) return action.planYear === filter;
  return (
    action.planYear === currentYear ||
    (action.planYear < currentYear && action.status !== 'done' && !action.closure)
  );
}

/**
 * The years worth offering: each one an action belongs to, and the current one and any chosen
 * (a shared link may name a year no action has), in order.
 */
export function planYearsOf(
  actions: ReadonlyArray<{ planYear: number }>,
  ...always: number[]
): number[] {
  const years = new Set(always);
  for (const { planYear } of actions) years.add(planYear);
  return [...years].sort((a, b) => a - b);
}
