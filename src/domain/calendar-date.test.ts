import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  calendarDateIn,
  daysBetween,
  isCalendarDate,
  lastDayOfQuarter,
  lastDayOfYear,
  quarterOf,
  yearOf,
} from './calendar-date';
import type { CalendarDate, Quarter } from './calendar-date';

describe('calendarDateIn', () => {
  it.each([
    // Summer time (UTC+2) around the end of Q1, Q2 and Q3.
    ['2025-03-31T21:59:59Z', '2025-03-31'],
    ['2025-03-31T22:00:00Z', '2025-04-01'],
    ['2025-03-31T23:30:00Z', '2025-04-01'],
    ['2025-06-30T21:59:59Z', '2025-06-30'],
    ['2025-06-30T22:00:00Z', '2025-07-01'],
    ['2025-09-30T21:59:59Z', '2025-09-30'],
    ['2025-09-30T22:00:00Z', '2025-10-01'],
    // Winter time (UTC+1) around the end of the year.
    ['2025-12-31T22:59:59Z', '2025-12-31'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
    // The nights the clocks change.
    ['2025-03-30T00:59:59Z', '2025-03-30'],
    ['2025-03-30T21:59:59Z', '2025-03-30'],
    ['2025-03-30T22:00:00Z', '2025-03-31'],
    ['2025-10-26T22:59:59Z', '2025-10-26'],
    ['2025-10-26T23:00:00Z', '2025-10-27'],
    // Leap day.
    ['2028-02-28T23:00:00Z', '2028-02-29'],
    ['2028-02-29T22:59:59Z', '2028-02-29'],
  ])('%s is %s in Amsterdam', (instant, expected) => {
    expect(calendarDateIn(new Date(instant))).toBe(expected);
  });

  it('takes another time zone when asked', () => {
    const now = new Date('2025-03-31T23:30:00Z');
    expect(calendarDateIn(now, 'UTC')).toBe('2025-03-31');
    expect(calendarDateIn(now, 'America/New_York')).toBe('2025-03-31');
    expect(calendarDateIn(now, 'Asia/Tokyo')).toBe('2025-04-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => calendarDateIn(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('lastDayOfQuarter and lastDayOfYear', () => {
  it.each([
    [2025, 1, '2025-03-31'],
    [2025, 2, '2025-06-30'],
    [2025, 3, '2025-09-30'],
    [2025, 4, '2025-12-31'],
    [2024, 4, '2024-12-31'],
    [2028, 1, '2028-03-31'],
  ] as const)('%i Q%i ends on %s', (year, quarter, expected) => {
    expect(lastDayOfQuarter(year, quarter)).toBe(expected);
  });

  it.each([
    [2025, '2025-12-31'],
    [2028, '2028-12-31'],
  ])('%i ends on %s', (year, expected) => {
    expect(lastDayOfYear(year)).toBe(expected);
  });
});

describe('quarterOf and yearOf', () => {
  it.each<[CalendarDate, Quarter]>([
    ['2025-01-01', 1],
    ['2025-03-31', 1],
    ['2025-04-01', 2],
    ['2025-06-30', 2],
    ['2025-07-01', 3],
    ['2025-09-30', 3],
    ['2025-10-01', 4],
    ['2025-12-31', 4],
    ['2028-02-29', 1],
  ])('%s is in Q%i', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('reads the year', () => {
    expect(yearOf('2028-02-29')).toBe(2028);
  });
});

describe('addDays', () => {
  it.each<[CalendarDate, number, CalendarDate]>([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-28', 2, '2028-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-31', -1, '2025-03-30'],
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
    ['2028-01-01', 365, '2028-12-31'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('%s %+i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses part of a day', () => {
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  // A host clock in Amsterdam has 23- and 25-hour days; whole calendar days must not notice.
  // Per test: Vitest puts the environment back before each one (`unstubEnvs`).
  beforeEach(() => {
    vi.stubEnv('TZ', 'Europe/Amsterdam');
  });

  it.each<[CalendarDate, CalendarDate, number]>([
    ['2025-03-31', '2025-03-31', 0],
    ['2025-03-30', '2025-03-31', 1],
    ['2025-03-29', '2025-03-31', 2],
    ['2025-10-26', '2025-10-27', 1],
    ['2025-10-25', '2025-10-27', 2],
    ['2025-04-01', '2025-03-31', -1],
    ['2025-01-01', '2025-12-31', 364],
    ['2028-01-01', '2029-01-01', 366],
    ['2028-02-28', '2028-03-01', 2],
    ['2025-12-31', '2026-01-01', 1],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => daysBetween('2025-02-29', '2025-03-01')).toThrow(RangeError);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2025-03-31', true],
    ['2028-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-3-1', false],
    ['2025-03-31T00:00:00Z', false],
    ['', false],
  ])('%j is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
