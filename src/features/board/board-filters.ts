import type { ActionSummary } from '../../domain/action';
import {
  calendarDateIn,
  lastDayOfYear,
  quarterOf,
  yearOf,
  type CalendarDate,
  type Quarter,
} from '../../domain/calendar-date';
import type { DeadlineState } from '../../domain/deadlines';
import { inPlanYears, readPlanYearFilter, type PlanYearFilter } from '../../domain/plan-year';
import { dueDateOf, parseTiming, type YearQuarter } from '../../domain/timing';

export const DEADLINE_FILTER_STATES = [
  'overdue',
  'approaching',
  'due-this-quarter',
  'on-track',
  'no-deadline',
  'done',
] as const satisfies readonly DeadlineState[];

/**
 * What the board shows; kept in the URL (`?mine=1&quarter=2025-Q2&goal=12&pilot=3&state=overdue
 * &year=2025`). Without a year: the current plan year and what is still open from earlier ones.
 */
export interface BoardFilters {
  year: PlanYearFilter;
  mine: boolean;
  quarter: YearQuarter | undefined;
  goalId: number | undefined;
  pilotId: number | undefined;
  state: DeadlineState | undefined;
}

export const NO_FILTERS: BoardFilters = {
  year: undefined,
  mine: false,
  quarter: undefined,
  goalId: undefined,
  pilotId: undefined,
  state: undefined,
};

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

export function quarterKey({ year, quarter }: YearQuarter): string {
  return `${year}-Q${quarter}`;
}

export function quarterFromKey(value: string | null): YearQuarter | undefined {
  const match = QUARTER_KEY.exec(value ?? '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter } : undefined;
}

function readId(value: string | null): number | undefined {
  const id = Number(value);
  return value !== null && Number.isInteger(id) && id > 0 ? id : undefined;
}

function readState(value: string | null): DeadlineState | undefined {
  return DEADLINE_FILTER_STATES.find((state) => state === value);
}

/** Values that do not read as a filter are ignored, so an old or edited link still opens the board. */
export function readFilters(params: URLSearchParams): BoardFilters {
  return {
    year: readPlanYearFilter(params.get('year')),
    mine: params.get('mine') === '1',
    quarter: quarterFromKey(params.get('quarter')),
    goalId: readId(params.get('goal')),
    pilotId: readId(params.get('pilot')),
    state: readState(params.get('state')),
  };
}

const FILTER_PARAMS = ['year', 'mine', 'quarter', 'goal', 'pilot', 'state'];

/** The filters as search params; other params of the page are kept as they are. */
export function writeFilters(
  filters: BoardFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  FILTER_PARAMS.forEach((name) => params.delete(name));
  if (filters.year !== undefined) params.set('year', String(filters.year));
  if (filters.mine) params.set('mine', '1');
  if (filters.quarter) params.set('quarter', quarterKey(filters.quarter));
  if (filters.goalId !== undefined) params.set('goal', String(filters.goalId));
  if (filters.pilotId !== undefined) params.set('pilot', String(filters.pilotId));
  if (filters.state) params.set('state', filters.state);
  return params;
}

export function hasFilters(filters: BoardFilters): boolean {
  return writeFilters(filters).size > 0;
}

function quarterOfDate(date: CalendarDate): YearQuarter {
  return { year: yearOf(date), quarter: quarterOf(date) };
}

function sameQuarter(a: YearQuarter, b: YearQuarter): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

/**
 * Whether an action is due in a quarter: ongoing work is reviewed every quarter, yearly work is
 * due in every fourth quarter from its first year, and the rest in the quarter of its due date.
 */
export function isDueIn(action: Pick<ActionSummary, 'timing'>, quarter: YearQuarter): boolean {
  const timing = parseTiming(action.timing);
  if (timing.kind === 'continuous') return true;
  if (timing.kind === 'yearly') return quarter.quarter === 4 && quarter.year >= timing.fromYear;
  const due = dueDateOf(timing);
  return due !== undefined && sameQuarter(quarterOfDate(due), quarter);
}

/** The quarters worth offering: the current one and each one an action is next due in, in order. */
export function quarterChoices(
  actions: ReadonlyArray<Pick<ActionSummary, 'timing'>>,
  now: Date,
  selected?: YearQuarter,
): YearQuarter[] {
  const current = quarterOfDate(calendarDateIn(now));
  const found = new Map<string, YearQuarter>([[quarterKey(current), current]]);
  if (selected) found.set(quarterKey(selected), selected);
  // Many actions share a timing; each distinct text is read once.
  for (const text of new Set(actions.map((action) => action.timing))) {
    const timing = parseTiming(text);
    const due =
      timing.kind === 'yearly'
        ? lastDayOfYear(Math.max(timing.fromYear, current.year))
        : dueDateOf(timing);
    if (due) found.set(quarterKey(quarterOfDate(due)), quarterOfDate(due));
  }
  return [...found.values()].sort((a, b) => a.year * 4 + a.quarter - (b.year * 4 + b.quarter));
}

export interface FilterContext {
  currentUserId: number | undefined;
  /** The plan year of today, in Amsterdam. */
  currentYear: number;
  stateOf: (action: ActionSummary) => DeadlineState;
}

export function matchesFilters(
  action: ActionSummary,
  filters: BoardFilters,
  { currentUserId, currentYear, stateOf }: FilterContext,
): boolean {
  if (!inPlanYears(action, filters.year, currentYear)) return false;
  if (filters.mine && (currentUserId === undefined || action.owner?.id !== currentUserId)) {
    return false;
  }
  if (filters.quarter && !isDueIn(action, filters.quarter)) return false;
  if (filters.goalId !== undefined && action.goalId !== filters.goalId) return false;
  if (filters.pilotId !== undefined && !action.pilotIds.includes(filters.pilotId)) return false;
  return !filters.state || stateOf(action) === filters.state;
}
