import { describe, expect, it } from 'vitest';
import type { ActionStatus } from './action';
import { calendarDateIn, type CalendarDate } from './calendar-date';
import { DEFAULT_LEAD_TIMES } from './deadlines';
import type { Person } from './person';
import {
  digestOn,
  isDigestDue,
  isNewlyOverdue,
  isoWeekdayOf,
  remindersDueOn,
  type ReminderAction,
} from './reminders';

const OWNER: Person = { id: 7, name: 'Joris', email: 'joris@mvoi.local' };
const THEME_OWNER: Person = { id: 9, name: 'Anouk', email: 'anouk@mvoi.local' };
const THEMES = [
  { id: 1, owner: THEME_OWNER },
  { id: 2, owner: undefined },
];

function action(
  timing: string,
  status: ActionStatus = 'in-progress',
  extra: Partial<ReminderAction> = {},
): ReminderAction {
  return { id: 11, themeId: 1, title: 'Actie', timing, status, owner: OWNER, ...extra };
}

/** What a reminder is, without the fields every case repeats. */
function due(item: ReminderAction, today: CalendarDate, days = DEFAULT_LEAD_TIMES.days) {
  return remindersDueOn([item], THEMES, today, { days }).map(
    ({ key, kind, offset, recipient }) => ({ key, kind, offset, to: recipient?.email }),
  );
}

describe('remindersDueOn: around a deadline (Q1 2025, due 2025-03-31, lead times 30 and 7)', () => {
  it.each<[CalendarDate, string | undefined]>([
    ['2025-02-28', undefined],
    ['2025-03-01', '11:2025-03-31:approaching:30'],
    ['2025-03-23', '11:2025-03-31:approaching:30'],
    ['2025-03-24', '11:2025-03-31:approaching:7'],
    ['2025-03-30', '11:2025-03-31:approaching:7'],
    ['2025-03-31', '11:2025-03-31:approaching:7'],
    ['2025-04-01', '11:2025-03-31:overdue:-1'],
    ['2025-04-07', '11:2025-03-31:overdue:-1'],
    ['2025-04-08', '11:2025-03-31:overdue:-8'],
    ['2025-04-15', '11:2025-03-31:overdue:-15'],
    ['2025-06-30', '11:2025-03-31:overdue:-85'],
  ])('on %s the reminder due is %s', (today, key) => {
    expect(due(action('Q1 2025'), today)[0]?.key).toBe(key);
  });

  it.each<[number[], CalendarDate, string | undefined]>([
    [[14], '2025-03-16', undefined],
    [[14], '2025-03-17', '11:2025-03-31:approaching:14'],
    [[14], '2025-03-31', '11:2025-03-31:approaching:14'],
    [[1], '2025-03-30', '11:2025-03-31:approaching:1'],
    [[90, 30, 7], '2025-01-01', '11:2025-03-31:approaching:90'],
    [[7, 30, 90], '2025-03-01', '11:2025-03-31:approaching:30'],
  ])('with lead times %j on %s: %s', (days, today, key) => {
    expect(due(action('Q1 2025'), today, days)[0]?.key).toBe(key);
  });
});

describe('remindersDueOn: the yearly update', () => {
  it('sends nothing for a late action once it was stopped or carried into the new year', () => {
    const late = action('Q4 2025', 'in-progress');
    const stopped = action('Q4 2025', 'in-progress', { closure: { outcome: 'stopped' } });
    expect(due(late, '2026-01-01')).toHaveLength(1);
    expect(due(stopped, '2026-01-01')).toEqual([]);
  });
});

describe('remindersDueOn: year and quarter ends', () => {
  it.each<[string, CalendarDate, string | undefined]>([
    ['Q4 2025', '2025-12-31', '11:2025-12-31:approaching:7'],
    ['Q4 2025', '2026-01-01', '11:2025-12-31:overdue:-1'],
    ['2025', '2025-12-01', '11:2025-12-31:approaching:30'],
    ['Q2 2025', '2025-07-01', '11:2025-06-30:overdue:-1'],
    ['Q3 2025', '2025-09-24', '11:2025-09-30:approaching:7'],
  ])('%j on %s: %s', (timing, today, key) => {
    expect(due(action(timing), today)[0]?.key).toBe(key);
  });

  it('counts the Amsterdam day, summer time and winter time alike', () => {
    // 22:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2).
    const summer = calendarDateIn(new Date('2025-03-31T22:30:00Z'));
    expect(due(action('Q1 2025'), summer)[0]?.key).toBe('11:2025-03-31:overdue:-1');
    // 23:30 UTC on 31 December is 1 January in Amsterdam (winter time, UTC+1).
    const winter = calendarDateIn(new Date('2025-12-31T23:30:00Z'));
    expect(due(action('Q4 2025'), winter)[0]?.key).toBe('11:2025-12-31:overdue:-1');
  });
});

describe('remindersDueOn: ongoing work, starts, and who hears it', () => {
  it.each<[string, ActionStatus, CalendarDate, string | undefined]>([
    // Ongoing work: once a quarter, at the shortest lead time, never overdue.
    ['Doorlopend', 'in-progress', '2025-03-01', undefined],
    ['Doorlopend', 'in-progress', '2025-03-24', '11:2025-03-31:review:7'],
    ['Doorlopend', 'in-progress', '2025-04-01', undefined],
    ['Doorlopend', 'not-started', '2025-06-24', '11:2025-06-30:review:7'],
    // A start timing is a deadline to start while not started, then a review.
    ['Start Q1 2025', 'not-started', '2025-03-24', '11:2025-03-31:approaching:7'],
    ['Start Q1 2025', 'not-started', '2025-04-01', '11:2025-03-31:overdue:-1'],
    ['Start Q1 2025', 'in-progress', '2025-04-01', undefined],
    ['Start Q1 2025', 'in-progress', '2025-06-25', '11:2025-06-30:review:7'],
    // Done gets nothing; blocked is still open.
    ['Q1 2025', 'done', '2025-03-24', undefined],
    ['Q1 2025', 'done', '2025-04-01', undefined],
    ['Q1 2025', 'blocked', '2025-03-24', '11:2025-03-31:approaching:7'],
    ['Q1 2025', 'blocked', '2025-04-02', '11:2025-03-31:overdue:-1'],
    // No deadline, no reminder.
    ['zo snel mogelijk', 'in-progress', '2025-03-24', undefined],
  ])('%j %s on %s: %s', (timing, status, today, key) => {
    expect(due(action(timing, status), today)[0]?.key).toBe(key);
  });

  it('gives a moved deadline reminders of its own', () => {
    const before = due(action('Q1 2025'), '2025-03-24');
    const after = due(action('Q2 2025'), '2025-03-24');
    const moved = due(action('Q2 2025'), '2025-06-01');
    expect(before.map((r) => r.key)).toEqual(['11:2025-03-31:approaching:7']);
    expect(after).toEqual([]);
    expect(moved.map((r) => r.key)).toEqual(['11:2025-06-30:approaching:30']);
  });

  it('goes to the owner, else the theme’s owner, else to no one; the key stays', () => {
    const owned = due(action('Q1 2025'), '2025-03-24');
    const themeOwned = due(action('Q1 2025', 'in-progress', { owner: undefined }), '2025-03-24');
    const nobody = due(
      action('Q1 2025', 'in-progress', { owner: undefined, themeId: 2 }),
      '2025-03-24',
    );
    expect(owned[0]?.to).toBe(OWNER.email);
    expect(themeOwned[0]?.to).toBe(THEME_OWNER.email);
    expect(nobody[0]?.to).toBeUndefined();
    expect(new Set([owned, themeOwned, nobody].map((r) => r[0]?.key)).size).toBe(1);
  });

  it('puts the latest first and marks only the first overdue reminder as newly late', () => {
    const list = remindersDueOn(
      [
        action('Q1 2025', 'in-progress', { id: 1 }),
        action('Q4 2024', 'in-progress', { id: 2 }),
        action('Q2 2025', 'in-progress', { id: 3 }),
      ],
      THEMES,
      '2025-04-01',
      DEFAULT_LEAD_TIMES,
    );
    expect(list.map((r) => [r.actionId, r.kind, isNewlyOverdue(r)])).toEqual([
      [2, 'overdue', false],
      [1, 'overdue', true],
    ]);
  });
});

describe('the channel digest', () => {
  it('counts per theme, late first, leaving quiet themes out', () => {
    const digest = digestOn(
      [
        action('Q1 2025', 'in-progress', { id: 1, title: 'Bijna' }),
        action('Q4 2024', 'in-progress', { id: 2, title: 'Te laat' }),
        action('Doorlopend', 'in-progress', { id: 3, title: 'Lopend' }),
        action('Q4 2025', 'in-progress', { id: 4, title: 'Later' }),
        action('Q4 2024', 'done', { id: 5, title: 'Klaar' }),
        action('Q4 2024', 'not-started', { id: 6, themeId: undefined, title: 'Organisatie' }),
      ],
      THEMES,
      '2025-03-20',
      DEFAULT_LEAD_TIMES,
    );
    expect(
      digest.map(({ themeId, late, approaching, reviews, urgent }) => ({
        themeId,
        late,
        approaching,
        reviews,
        names: urgent.map((entry) => entry.title),
      })),
    ).toEqual([
      { themeId: 1, late: 1, approaching: 1, reviews: 1, names: ['Te laat', 'Bijna', 'Lopend'] },
      { themeId: undefined, late: 1, approaching: 0, reviews: 0, names: ['Organisatie'] },
    ]);
  });

  it.each<[CalendarDate, boolean, boolean, boolean, boolean]>([
    // 2025-03-24 is a Monday.
    ['2025-03-24', false, false, false, true],
    ['2025-03-24', true, false, false, false],
    ['2025-03-25', false, false, false, false],
    ['2025-03-25', false, true, false, true],
    ['2025-03-25', true, true, true, false],
    ['2025-03-25', false, false, true, true],
  ])(
    'on %s (posted today %s, newly late %s, last failed %s) it is due: %s',
    (today, postedToday, newlyOverdue, lastFailed, expected) => {
      expect(isDigestDue({ today, weekday: 1, postedToday, newlyOverdue, lastFailed })).toBe(
        expected,
      );
    },
  );

  it('knows the weekdays', () => {
    expect(
      ['2025-03-24', '2025-03-29', '2025-03-30'].map((d) => isoWeekdayOf(d as CalendarDate)),
    ).toEqual([1, 6, 7]);
  });
});
