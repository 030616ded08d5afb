/**
 * A day on the calendar, `YYYY-MM-DD`, without a time or a zone. Deadlines are calendar days in
 * Europe/Amsterdam; ISO strings also sort and compare correctly as plain strings.
 */
export type CalendarDate = `${number}-${number}-${number}`;

export type Quarter = 1 | 2 | 3 | 4;

const PLAN_TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of the day; calendar arithmetic in UTC has no DST gaps. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function fromUtc(date: Date): CalendarDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}` as CalendarDate;
}

function partsOf(date: string): { year: number; month: number; day: number } | undefined {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = utcMidnight(year, month, day);
  // Rolled-over dates such as 2025-02-30 are not calendar days.
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

function requireParts(date: string): { year: number; month: number; day: number } {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  return parts;
}

export function isCalendarDate(value: string): value is CalendarDate {
  return partsOf(value) !== undefined;
}

/** The calendar date `now` falls on in `timeZone`. */
export function calendarDateIn(now: Date, timeZone = PLAN_TIME_ZONE): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}` as CalendarDate;
}

export function yearOf(date: CalendarDate): number {
  return requireParts(date).year;
}

export function quarterOf(date: CalendarDate): Quarter {
  return Math.ceil(requireParts(date).month / 3) as Quarter;
}

export function lastDayOfQuarter(year: number, quarter: Quarter): CalendarDate {
  // Day 0 of the month after the quarter is the quarter's last day.
  return fromUtc(utcMidnight(year, quarter * 3 + 1, 0));
}

export function lastDayOfYear(year: number): CalendarDate {
  return lastDayOfQuarter(year, 4);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const { year, month, day } = requireParts(date);
  return fromUtc(utcMidnight(year, month, day + days));
}

/** Whole calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = requireParts(from);
  const b = requireParts(to);
  const ms =
    utcMidnight(b.year, b.month, b.day).getTime() - utcMidnight(a.year, a.month, a.day).getTime();
  return ms / DAY_MS;
}
