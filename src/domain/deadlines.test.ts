import { describe, expect, it } from 'vitest';
import type { ActionStatus } from './action';
import { addDays, daysBetween, lastDayOfQuarter, quarterOf, yearOf } from './calendar-date';
import type { CalendarDate } from './calendar-date';
import { DEFAULT_LEAD_TIMES, assessDeadline, assessDeadlines } from './deadlines';
import type { DeadlineAssessment } from './deadlines';

/** Late morning in Amsterdam on `date`, whether summer or winter time. */
const on = (date: CalendarDate) => new Date(`${date}T10:00:00Z`);

const open = (timing: string, status: ActionStatus = 'in-progress') => ({ timing, status });

describe('assessDeadline: every form of the plan', () => {
  it.each<[string, DeadlineAssessment]>([
    ['Q1 2025', { state: 'due-this-quarter', deadline: '2025-03-31', daysLeft: 75 }],
    ['Q2 2025', { state: 'on-track', deadline: '2025-06-30', daysLeft: 166 }],
    ['Q4 2025', { state: 'on-track', deadline: '2025-12-31', daysLeft: 350 }],
    ['Q4 2024', { state: 'overdue', deadline: '2024-12-31', daysLeft: -15 }],
    ['Q1–Q2 2025', { state: 'on-track', deadline: '2025-06-30', daysLeft: 166 }],
    ['2025', { state: 'on-track', deadline: '2025-12-31', daysLeft: 350 }],
    ['eind 2025', { state: 'on-track', deadline: '2025-12-31', daysLeft: 350 }],
    ['Inkoopagenda 2025', { state: 'on-track', deadline: '2025-12-31', daysLeft: 350 }],
    [
      'Start Q1 2025, rapportage Q4 2025',
      { state: 'on-track', deadline: '2025-12-31', daysLeft: 350, moment: 'report' },
    ],
    [
      'Doorlopend',
      { state: 'due-this-quarter', deadline: '2025-03-31', daysLeft: 75, moment: 'review' },
    ],
    ['N.t.b. in 2025', { state: 'on-track', deadline: '2025-12-31', daysLeft: 350 }],
    [
      'Voorbereiden 2025, uitvoeren 2026',
      { state: 'on-track', deadline: '2026-12-31', daysLeft: 715 },
    ],
    ['>2025 e.v.', { state: 'on-track', deadline: '2025-12-31', daysLeft: 350 }],
    ['zo snel mogelijk', { state: 'no-deadline' }],
    ['', { state: 'no-deadline' }],
    ['Q5 2025', { state: 'no-deadline' }],
  ])('on 15 January 2025, %j is %o', (timing, expected) => {
    expect(assessDeadline(open(timing), on('2025-01-15'))).toEqual(expected);
  });
});

describe('assessDeadline: the days around a deadline', () => {
  it.each<[CalendarDate, DeadlineAssessment]>([
    ['2025-02-28', { state: 'due-this-quarter', deadline: '2025-03-31', daysLeft: 31 }],
    ['2025-03-01', { state: 'approaching', deadline: '2025-03-31', daysLeft: 30, leadTime: 30 }],
    ['2025-03-23', { state: 'approaching', deadline: '2025-03-31', daysLeft: 8, leadTime: 30 }],
    ['2025-03-24', { state: 'approaching', deadline: '2025-03-31', daysLeft: 7, leadTime: 7 }],
    ['2025-03-30', { state: 'approaching', deadline: '2025-03-31', daysLeft: 1, leadTime: 7 }],
    ['2025-03-31', { state: 'approaching', deadline: '2025-03-31', daysLeft: 0, leadTime: 7 }],
    ['2025-04-01', { state: 'overdue', deadline: '2025-03-31', daysLeft: -1 }],
    ['2025-06-30', { state: 'overdue', deadline: '2025-03-31', daysLeft: -91 }],
  ])('"Q1 2025" on %s is %o', (today, expected) => {
    expect(assessDeadline(open('Q1 2025'), on(today))).toEqual(expected);
  });

  it.each<[string, CalendarDate, CalendarDate]>([
    ['Q1 2025', '2025-03-31', '2025-04-01'],
    ['Q2 2025', '2025-06-30', '2025-07-01'],
    ['Q3 2025', '2025-09-30', '2025-10-01'],
    ['Q4 2025', '2025-12-31', '2026-01-01'],
    ['2025', '2025-12-31', '2026-01-01'],
    ['Q1 2028', '2028-03-31', '2028-04-01'],
  ])('%j is due on %s and overdue on %s', (timing, deadline, dayAfter) => {
    const dayBefore = addDays(deadline, -1);
    expect(assessDeadline(open(timing), on(dayBefore))).toMatchObject({
      state: 'approaching',
      daysLeft: 1,
    });
    expect(assessDeadline(open(timing), on(deadline))).toMatchObject({
      state: 'approaching',
      deadline,
      daysLeft: 0,
    });
    expect(assessDeadline(open(timing), on(dayAfter))).toMatchObject({
      state: 'overdue',
      deadline,
      daysLeft: -1,
    });
  });

  it('counts the leap day of 2028', () => {
    expect(assessDeadline(open('Q1 2028'), on('2028-02-28'))).toMatchObject({
      state: 'due-this-quarter',
      daysLeft: 32,
    });
    expect(assessDeadline(open('Q1 2028'), on('2028-02-29'))).toMatchObject({
      state: 'due-this-quarter',
      daysLeft: 31,
    });
    expect(assessDeadline(open('Q1 2028'), on('2028-03-01'))).toMatchObject({
      state: 'approaching',
      daysLeft: 30,
    });
    expect(assessDeadline(open('2028'), on('2028-01-01'))).toMatchObject({ daysLeft: 365 });
  });
});

describe('assessDeadline: Amsterdam midnight, not UTC midnight', () => {
  it.each<[string, string, DeadlineAssessment]>([
    // Summer time, UTC+2: the day after the deadline starts at 22:00 UTC.
    [
      'Q2 2025',
      '2025-06-30T21:59:59Z',
      { state: 'approaching', deadline: '2025-06-30', daysLeft: 0, leadTime: 7 },
    ],
    ['Q2 2025', '2025-06-30T22:00:00Z', { state: 'overdue', deadline: '2025-06-30', daysLeft: -1 }],
    ['Q1 2025', '2025-03-31T23:30:00Z', { state: 'overdue', deadline: '2025-03-31', daysLeft: -1 }],
    // Winter time, UTC+1: the new year starts at 23:00 UTC.
    [
      'Q4 2025',
      '2025-12-31T22:59:59Z',
      { state: 'approaching', deadline: '2025-12-31', daysLeft: 0, leadTime: 7 },
    ],
    ['Q4 2025', '2025-12-31T23:00:00Z', { state: 'overdue', deadline: '2025-12-31', daysLeft: -1 }],
    // A new quarter brings a new review moment at Amsterdam midnight.
    [
      'Doorlopend',
      '2025-03-31T21:59:59Z',
      {
        state: 'approaching',
        deadline: '2025-03-31',
        daysLeft: 0,
        moment: 'review',
        leadTime: 7,
      },
    ],
    [
      'Doorlopend',
      '2025-03-31T22:00:00Z',
      { state: 'due-this-quarter', deadline: '2025-06-30', daysLeft: 90, moment: 'review' },
    ],
    [
      'Doorlopend',
      '2025-12-31T23:00:00Z',
      { state: 'due-this-quarter', deadline: '2026-03-31', daysLeft: 89, moment: 'review' },
    ],
  ])('%j at %s is %o', (timing, instant, expected) => {
    expect(assessDeadline(open(timing), new Date(instant))).toEqual(expected);
  });
});

describe('assessDeadline: lead times', () => {
  it('applies the default of 30 and 7 days', () => {
    expect(DEFAULT_LEAD_TIMES).toEqual({ days: [30, 7] });
  });

  it.each<[number, string, number | undefined]>([
    [15, 'due-this-quarter', undefined],
    [14, 'approaching', 14],
    [4, 'approaching', 14],
    [3, 'approaching', 3],
    [2, 'approaching', 3],
    [1, 'approaching', 1],
    [0, 'approaching', 1],
    [-1, 'overdue', undefined],
  ])('with 14, 3 and 1 days, %i days left is %s (lead time %s)', (daysLeft, state, leadTime) => {
    const today = addDays('2025-12-31', -daysLeft);
    const assessment = assessDeadline(open('Q4 2025'), on(today), { days: [1, 14, 3] });
    expect(assessment.state).toBe(state);
    expect(assessment.daysLeft).toBe(daysLeft);
    expect(assessment.leadTime).toBe(leadTime);
  });

  it('warns of a deadline next quarter once the lead time is reached', () => {
    const tomorrowsQuarter = open('Q2 2025');
    expect(assessDeadline(tomorrowsQuarter, on('2025-03-31'))).toMatchObject({
      state: 'on-track',
      daysLeft: 91,
    });
    expect(assessDeadline(tomorrowsQuarter, on('2025-03-31'), { days: [100] })).toMatchObject({
      state: 'approaching',
      daysLeft: 91,
      leadTime: 100,
    });
  });

  it('never approaches without lead times', () => {
    expect(assessDeadline(open('Q1 2025'), on('2025-03-31'), { days: [] })).toEqual({
      state: 'due-this-quarter',
      deadline: '2025-03-31',
      daysLeft: 0,
    });
  });
});

describe('assessDeadline: status', () => {
  it.each(['Q4 2024', 'Q1 2025', 'Doorlopend', '>2025 e.v.', 'zo snel mogelijk'])(
    'a done action with %j raises no alarm',
    (timing) => {
      expect(assessDeadline(open(timing, 'done'), on('2025-03-31'))).toEqual({ state: 'done' });
    },
  );

  it.each<ActionStatus>(['not-started', 'in-progress', 'blocked'])(
    'an action that is %s can be overdue',
    (status) => {
      expect(assessDeadline(open('Q4 2024', status), on('2025-01-15')).state).toBe('overdue');
    },
  );
});

describe('assessDeadline: continuous and recurring actions', () => {
  const days = (from: CalendarDate, to: CalendarDate) =>
    Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));

  it('reviews ongoing work at the end of every quarter, never overdue', () => {
    for (const today of days('2025-01-01', '2028-12-31')) {
      const assessment = assessDeadline(open('Doorlopend'), on(today));
      expect(assessment.deadline).toBe(lastDayOfQuarter(yearOf(today), quarterOf(today)));
      expect(assessment.moment).toBe('review');
      expect(assessment.state).not.toBe('overdue');
    }
  });

  it('makes yearly actions due at the end of every year from the first year, never overdue', () => {
    for (const today of days('2025-01-01', '2028-12-31')) {
      const assessment = assessDeadline(open('>2025 e.v.'), on(today));
      expect(assessment.deadline).toBe(`${yearOf(today)}-12-31`);
      expect(assessment.state).not.toBe('overdue');
    }
  });

  it.each<[string, CalendarDate, DeadlineAssessment]>([
    ['>2025 e.v.', '2024-06-01', { state: 'on-track', deadline: '2025-12-31', daysLeft: 578 }],
    [
      '>2025 e.v.',
      '2025-10-01',
      { state: 'due-this-quarter', deadline: '2025-12-31', daysLeft: 91 },
    ],
    [
      '>2025 e.v.',
      '2025-12-31',
      { state: 'approaching', deadline: '2025-12-31', daysLeft: 0, leadTime: 7 },
    ],
    ['>2025 e.v.', '2026-01-01', { state: 'on-track', deadline: '2026-12-31', daysLeft: 364 }],
    ['>2027 e.v.', '2025-06-01', { state: 'on-track', deadline: '2027-12-31', daysLeft: 943 }],
  ])('%j on %s is %o', (timing, today, expected) => {
    expect(assessDeadline(open(timing), on(today))).toEqual(expected);
  });
});

describe('assessDeadline: which moment counts', () => {
  it.each<[string, CalendarDate, DeadlineAssessment]>([
    // A span counts from its last quarter, not its first.
    ['Q1–Q2 2025', '2025-03-31', { state: 'on-track', deadline: '2025-06-30', daysLeft: 91 }],
    [
      'Q1–Q2 2025',
      '2025-04-01',
      { state: 'due-this-quarter', deadline: '2025-06-30', daysLeft: 90 },
    ],
    ['Q4 2025–Q1 2026', '2025-12-31', { state: 'on-track', deadline: '2026-03-31', daysLeft: 90 }],
    // A start with a report is due when the report is.
    [
      'Start Q1 2025, rapportage Q4 2025',
      '2025-04-01',
      { state: 'on-track', deadline: '2025-12-31', daysLeft: 274, moment: 'report' },
    ],
    // Two phases are due when the execution year ends.
    [
      'Voorbereiden 2025, uitvoeren 2026',
      '2026-01-01',
      { state: 'on-track', deadline: '2026-12-31', daysLeft: 364 },
    ],
    ['N.t.b. in 2025', '2026-01-01', { state: 'overdue', deadline: '2025-12-31', daysLeft: -1 }],
  ])('%j on %s is %o', (timing, today, expected) => {
    expect(assessDeadline(open(timing), on(today))).toEqual(expected);
  });
});

describe('assessDeadline: a timing that names only a start', () => {
  const starts = ['Start in Q1 2025', 'Start vanaf Q1 2025', 'Start Q1 2025'];
  const started: ActionStatus[] = ['in-progress', 'blocked'];

  it.each<[CalendarDate, DeadlineAssessment]>([
    ['2025-01-15', { state: 'due-this-quarter', deadline: '2025-03-31', daysLeft: 75 }],
    ['2025-03-24', { state: 'approaching', deadline: '2025-03-31', daysLeft: 7, leadTime: 7 }],
    ['2025-04-01', { state: 'overdue', deadline: '2025-03-31', daysLeft: -1 }],
    ['2026-12-01', { state: 'overdue', deadline: '2025-03-31', daysLeft: -610 }],
  ])('is a deadline to start: not started on %s, it is %o', (today, expected) => {
    for (const timing of starts) {
      expect(assessDeadline(open(timing, 'not-started'), on(today))).toEqual({
        ...expected,
        moment: 'start',
      });
    }
  });

  it.each<[CalendarDate, DeadlineAssessment]>([
    // Begun before its quarter: reviewed from the start.
    ['2024-11-15', { state: 'due-this-quarter', deadline: '2024-12-31', daysLeft: 46 }],
    ['2025-04-01', { state: 'due-this-quarter', deadline: '2025-06-30', daysLeft: 90 }],
    ['2026-12-01', { state: 'approaching', deadline: '2026-12-31', daysLeft: 30, leadTime: 30 }],
  ])('once started, gets the quarterly review: on %s it is %o', (today, expected) => {
    for (const timing of starts) {
      for (const status of started) {
        expect(assessDeadline(open(timing, status), on(today))).toEqual({
          ...expected,
          moment: 'review',
        });
      }
    }
  });

  it.each<[ActionStatus, CalendarDate, DeadlineAssessment]>([
    [
      'not-started',
      '2025-04-01',
      { state: 'on-track', deadline: '2025-12-31', daysLeft: 274, moment: 'report' },
    ],
    [
      'in-progress',
      '2025-12-01',
      {
        state: 'approaching',
        deadline: '2025-12-31',
        daysLeft: 30,
        moment: 'report',
        leadTime: 30,
      },
    ],
    [
      'blocked',
      '2026-01-01',
      { state: 'overdue', deadline: '2025-12-31', daysLeft: -1, moment: 'report' },
    ],
    ['done', '2026-01-01', { state: 'done' }],
  ])('with a report, is due at the report: %s on %s is %o', (status, today, expected) => {
    expect(assessDeadline(open('Start Q1 2025, rapportage Q4 2025', status), on(today))).toEqual(
      expected,
    );
  });

  it('raises nothing once done', () => {
    for (const timing of starts) {
      expect(assessDeadline(open(timing, 'done'), on('2026-12-01'))).toEqual({ state: 'done' });
    }
  });
});

describe('assessDeadlines', () => {
  it('assesses every action on the same day, keyed by id', () => {
    const actions = [
      { id: 11, timing: 'Q4 2024', status: 'not-started' as const },
      { id: 12, timing: 'Doorlopend', status: 'in-progress' as const },
      { id: 13, timing: 'Q1 2025', status: 'done' as const },
      { id: 14, timing: 'later', status: 'blocked' as const },
    ];
    const now = new Date('2025-03-31T22:30:00Z');
    const assessments = assessDeadlines(actions, now, { days: [14] });

    expect([...assessments.keys()]).toEqual([11, 12, 13, 14]);
    expect(assessments.get(11)).toEqual({
      state: 'overdue',
      deadline: '2024-12-31',
      daysLeft: -91,
    });
    expect(assessments.get(12)).toMatchObject({
      deadline: '2025-06-30',
      state: 'due-this-quarter',
    });
    expect(assessments.get(13)).toEqual({ state: 'done' });
    expect(assessments.get(14)).toEqual({ state: 'no-deadline' });
    for (const action of actions) {
      expect(assessments.get(action.id)).toEqual(assessDeadline(action, now, { days: [14] }));
    }
  });

  it('counts an overdue action the yearly update carried over or stopped as no longer due', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const late = { id: 1, timing: 'Q4 2025', status: 'in-progress' as const };
    const carried = {
      ...late,
      id: 2,
      closure: { outcome: 'carried' as const, reason: '', carriedToId: 3 },
    };
    const assessments = assessDeadlines([late, carried], now);
    expect(assessments.get(1)?.state).toBe('overdue');
    expect(assessments.get(2)).toEqual({ state: 'done' });
  });

  it('gives nothing for no actions', () => {
    expect(assessDeadlines([], on('2025-01-15')).size).toBe(0);
  });
});
