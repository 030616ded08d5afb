import { lastDayOfQuarter, lastDayOfYear } from './calendar-date';
import type { CalendarDate, Quarter } from './calendar-date';

export type { Quarter } from './calendar-date';

export interface YearQuarter {
  year: number;
  quarter: Quarter;
}

/** Every form of timing the plan writes, structured. */
export type Timing =
  | { kind: 'quarter'; year: number; quarter: Quarter }
  /** "Q1–Q2 2025", "Q4 2025–Q1 2026"; `to` is always later than `from`. */
  | { kind: 'span'; from: YearQuarter; to: YearQuarter }
  | { kind: 'year'; year: number }
  | { kind: 'end-of-year'; year: number }
  /** "Inkoopagenda 2025": with the procurement agenda of that year. */
  | { kind: 'procurement-agenda'; year: number }
  /** "Start in Q1 2025", "Start vanaf Q2 2025" and "Start Q1 2025" mean the same. */
  | { kind: 'start'; start: YearQuarter }
  | { kind: 'start-with-report'; start: YearQuarter; report: YearQuarter }
  /** "Doorlopend": ongoing, reviewed every quarter. */
  | { kind: 'continuous' }
  /** "N.t.b. in 2025": the moment is still to be decided, within that year. */
  | { kind: 'to-be-decided'; year: number }
  | { kind: 'phases'; prepareYear: number; executeYear: number }
  /** ">2025 e.v.": every year from `fromYear` on. */
  | { kind: 'yearly'; fromYear: number }
  /** Text that reads as none of the above, kept as written. */
  | { kind: 'unscheduled'; text: string };

export type TimingLocale = 'nl' | 'en';

// Years outside this window are taken for typos rather than plans.
const MIN_YEAR = 2000;
const MAX_YEAR = 2099;

const DASH = ' ?[-‐‑‒–—−] ?';
const SEPARATOR = '(?: ?[,;])? ';
const QUARTER_YEAR = 'q([1-4]) ?(\\d{4})';
const YEAR = '(\\d{4})';
const START = `start(?: in| vanaf)? ${QUARTER_YEAR}`;

function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function toYear(digits: string | undefined): number | undefined {
  const year = Number(digits);
  return isPlanYear(year) ? year : undefined;
}

function toYearQuarter(
  quarter: string | undefined,
  year: string | undefined,
): YearQuarter | undefined {
  const y = toYear(year);
  return y === undefined ? undefined : { year: y, quarter: Number(quarter) as Quarter };
}

function quarterIndex({ year, quarter }: YearQuarter): number {
  return year * 4 + quarter;
}

function spanOf(from: YearQuarter | undefined, to: YearQuarter | undefined): Timing | undefined {
  return from && to && quarterIndex(to) > quarterIndex(from)
    ? { kind: 'span', from, to }
    : undefined;
}

type YearKind = 'year' | 'end-of-year' | 'procurement-agenda' | 'to-be-decided';

function inYear(kind: YearKind) {
  return (m: RegExpExecArray): Timing | undefined => {
    const year = toYear(m[1]);
    return year === undefined ? undefined : { kind, year };
  };
}

interface Form {
  pattern: RegExp;
  read: (match: RegExpExecArray) => Timing | undefined;
}

function form(pattern: string, read: Form['read']): Form {
  return { pattern: new RegExp(`^${pattern}$`), read };
}

// Anchored and mutually exclusive: at most one form matches a text.
const FORMS: Form[] = [
  form('doorlopend', () => ({ kind: 'continuous' })),
  form(QUARTER_YEAR, (m) => {
    const at = toYearQuarter(m[1], m[2]);
    return at && { kind: 'quarter', ...at };
  }),
  form(`q([1-4])${DASH}q([1-4]) ?${YEAR}`, (m) =>
    spanOf(toYearQuarter(m[1], m[3]), toYearQuarter(m[2], m[3])),
  ),
  form(`${QUARTER_YEAR}${DASH}${QUARTER_YEAR}`, (m) =>
    spanOf(toYearQuarter(m[1], m[2]), toYearQuarter(m[3], m[4])),
  ),
  form(START, (m) => {
    const start = toYearQuarter(m[1], m[2]);
    return start && { kind: 'start', start };
  }),
  form(`${START}${SEPARATOR}rapportage(?: in)? ${QUARTER_YEAR}`, (m) => {
    const start = toYearQuarter(m[1], m[2]);
    const report = toYearQuarter(m[3], m[4]);
    return start && report && quarterIndex(report) >= quarterIndex(start)
      ? { kind: 'start-with-report', start, report }
      : undefined;
  }),
  form(`voorbereiden(?: in)? ${YEAR}${SEPARATOR}uitvoeren(?: in)? ${YEAR}`, (m) => {
    const prepareYear = toYear(m[1]);
    const executeYear = toYear(m[2]);
    return prepareYear !== undefined && executeYear !== undefined && executeYear >= prepareYear
      ? { kind: 'phases', prepareYear, executeYear }
      : undefined;
  }),
  form(`>? ?${YEAR} e\\.? ?v\\.?`, (m) => {
    const fromYear = toYear(m[1]);
    return fromYear === undefined ? undefined : { kind: 'yearly', fromYear };
  }),
  form(YEAR, inYear('year')),
  form(`einde?(?: van)? ${YEAR}`, inYear('end-of-year')),
  form(`inkoop ?agenda ${YEAR}`, inYear('procurement-agenda')),
  form(`n\\.? ?t\\.? ?b\\.?(?: in)? ${YEAR}`, inYear('to-be-decided')),
];

function readTiming(text: string): Timing | undefined {
  const normalised = text.trim().replace(/\s+/g, ' ').toLowerCase();
  for (const { pattern, read } of FORMS) {
    const match = pattern.exec(normalised);
    if (match) return read(match);
  }
  return undefined;
}

/**
 * Reads a timing as the plan writes it, ignoring case and extra whitespace. Never throws: what it
 * cannot read with certainty (including quarters other than Q1–Q4, years that are not four digits
 * within 2000–2099, and spans or phases that run backwards) is `unscheduled`, with the text kept.
 */
export function parseTiming(text: string): Timing {
  return readTiming(text) ?? { kind: 'unscheduled', text };
}

function q({ year, quarter }: YearQuarter): string {
  return `Q${quarter} ${year}`;
}

function spanText({ from, to }: { from: YearQuarter; to: YearQuarter }): string {
  return from.year === to.year
    ? `Q${from.quarter}–Q${to.quarter} ${to.year}`
    : `${q(from)}–${q(to)}`;
}

export function formatTiming(timing: Timing, locale: TimingLocale): string {
  const nl = locale === 'nl';
  switch (timing.kind) {
    case 'quarter':
      return q(timing);
    case 'span':
      return spanText(timing);
    case 'year':
      return String(timing.year);
    case 'end-of-year':
      return nl ? `eind ${timing.year}` : `End of ${timing.year}`;
    case 'procurement-agenda':
      return nl ? `Inkoopagenda ${timing.year}` : `Procurement agenda ${timing.year}`;
    case 'start':
      return nl ? `Start in ${q(timing.start)}` : `Starts in ${q(timing.start)}`;
    case 'start-with-report':
      return nl
        ? `Start ${q(timing.start)}, rapportage ${q(timing.report)}`
        : `Starts ${q(timing.start)}, report ${q(timing.report)}`;
    case 'continuous':
      return nl ? 'Doorlopend' : 'Ongoing';
    case 'to-be-decided':
      return nl ? `N.t.b. in ${timing.year}` : `To be decided in ${timing.year}`;
    case 'phases':
      return nl
        ? `Voorbereiden ${timing.prepareYear}, uitvoeren ${timing.executeYear}`
        : `Prepare ${timing.prepareYear}, carry out ${timing.executeYear}`;
    case 'yearly':
      return nl ? `>${timing.fromYear} e.v.` : `Yearly from ${timing.fromYear}`;
    case 'unscheduled':
      return timing.text;
  }
}

/** The plan's own (Dutch) wording, as stored in the Timing column. */
export function canonicalTimingText(timing: Timing): string {
  return formatTiming(timing, 'nl');
}

/** The stored due date (DueDate column): the last day of the quarter or year the action is due. */
export function dueDateOf(timing: Timing): CalendarDate | undefined {
  switch (timing.kind) {
    // Due when the quarter ends.
    case 'quarter':
      return lastDayOfQuarter(timing.year, timing.quarter);
    // Due when its last quarter ends.
    case 'span':
      return lastDayOfQuarter(timing.to.year, timing.to.quarter);
    // The start is the commitment, so it is due when the start quarter ends.
    case 'start':
      return lastDayOfQuarter(timing.start.year, timing.start.quarter);
    // The report closes the action.
    case 'start-with-report':
      return lastDayOfQuarter(timing.report.year, timing.report.quarter);
    // Year-bound forms are due by the end of their year.
    case 'year':
    case 'end-of-year':
    case 'procurement-agenda':
    case 'to-be-decided':
      return lastDayOfYear(timing.year);
    // Preparing is a step towards the execution, which closes the action.
    case 'phases':
      return lastDayOfYear(timing.executeYear);
    // The first occurrence; later years are assessed against the current date (deadlines.ts).
    case 'yearly':
      return lastDayOfYear(timing.fromYear);
    // Ongoing work and unread text have no single due date.
    case 'continuous':
    case 'unscheduled':
      return undefined;
  }
}

function checkYearQuarter({ year, quarter }: YearQuarter): void {
  if (!isPlanYear(year)) throw new RangeError(`Year outside ${MIN_YEAR}–${MAX_YEAR}: ${year}`);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`No such quarter: ${quarter}`);
}

export function timingForQuarter(year: number, quarter: Quarter): Timing {
  checkYearQuarter({ year, quarter });
  return { kind: 'quarter', year, quarter };
}

/** For a quarter picker: the same quarter twice is that quarter; a span may not run backwards. */
export function timingForSpan(from: YearQuarter, to: YearQuarter): Timing {
  checkYearQuarter(from);
  checkYearQuarter(to);
  if (quarterIndex(to) === quarterIndex(from)) return { kind: 'quarter', ...from };
  const span = spanOf(from, to);
  if (!span) throw new RangeError(`A span cannot end before it starts: ${q(from)}–${q(to)}`);
  return span;
}
