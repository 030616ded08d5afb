import { describe, expect, it } from 'vitest';
import type { CalendarDate } from './calendar-date';
import {
  canonicalTimingText,
  dueDateOf,
  formatTiming,
  parseTiming,
  timingForQuarter,
  timingForSpan,
} from './timing';
import type { Quarter, Timing } from './timing';

const at = (year: number, quarter: Quarter) => ({ year, quarter });

/** Every timing string in the plan: its structure, Dutch and English text, and due date. */
const PLAN: Array<[string, Timing, string, string, CalendarDate | undefined]> = [
  ['Q1 2025', { kind: 'quarter', year: 2025, quarter: 1 }, 'Q1 2025', 'Q1 2025', '2025-03-31'],
  ['Q2 2025', { kind: 'quarter', year: 2025, quarter: 2 }, 'Q2 2025', 'Q2 2025', '2025-06-30'],
  ['Q4 2025', { kind: 'quarter', year: 2025, quarter: 4 }, 'Q4 2025', 'Q4 2025', '2025-12-31'],
  ['Q4 2024', { kind: 'quarter', year: 2024, quarter: 4 }, 'Q4 2024', 'Q4 2024', '2024-12-31'],
  [
    'Q1–Q2 2025',
    { kind: 'span', from: at(2025, 1), to: at(2025, 2) },
    'Q1–Q2 2025',
    'Q1–Q2 2025',
    '2025-06-30',
  ],
  ['2025', { kind: 'year', year: 2025 }, '2025', '2025', '2025-12-31'],
  ['eind 2025', { kind: 'end-of-year', year: 2025 }, 'eind 2025', 'End of 2025', '2025-12-31'],
  [
    'Inkoopagenda 2025',
    { kind: 'procurement-agenda', year: 2025 },
    'Inkoopagenda 2025',
    'Procurement agenda 2025',
    '2025-12-31',
  ],
  [
    'Start in Q1 2025',
    { kind: 'start', start: at(2025, 1) },
    'Start in Q1 2025',
    'Starts in Q1 2025',
    '2025-03-31',
  ],
  [
    'Start vanaf Q2 2025',
    { kind: 'start', start: at(2025, 2) },
    'Start in Q2 2025',
    'Starts in Q2 2025',
    '2025-06-30',
  ],
  [
    'Start Q1 2025, rapportage Q4 2025',
    { kind: 'start-with-report', start: at(2025, 1), report: at(2025, 4) },
    'Start Q1 2025, rapportage Q4 2025',
    'Starts Q1 2025, report Q4 2025',
    '2025-12-31',
  ],
  ['Doorlopend', { kind: 'continuous' }, 'Doorlopend', 'Ongoing', undefined],
  [
    'N.t.b. in 2025',
    { kind: 'to-be-decided', year: 2025 },
    'N.t.b. in 2025',
    'To be decided in 2025',
    '2025-12-31',
  ],
  [
    'Voorbereiden 2025, uitvoeren 2026',
    { kind: 'phases', prepareYear: 2025, executeYear: 2026 },
    'Voorbereiden 2025, uitvoeren 2026',
    'Prepare 2025, carry out 2026',
    '2026-12-31',
  ],
  [
    '>2025 e.v.',
    { kind: 'yearly', fromYear: 2025 },
    '>2025 e.v.',
    'Yearly from 2025',
    '2025-12-31',
  ],
];

/** Other ways to write the same timings, including those of the source PDF's text. */
const VARIANTS: Array<[string, Timing]> = [
  ['Q1- Q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q1-Q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q1 - Q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q1 –Q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q1—Q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['q1–q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['  Q1–Q2\t  2025 ', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q1- Q22025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q1 2025–Q2 2025', { kind: 'span', from: at(2025, 1), to: at(2025, 2) }],
  ['Q4 2025–Q1 2026', { kind: 'span', from: at(2025, 4), to: at(2026, 1) }],
  ['Q4 2025 - Q1 2026', { kind: 'span', from: at(2025, 4), to: at(2026, 1) }],
  ['Q22025', { kind: 'quarter', year: 2025, quarter: 2 }],
  ['q3 2025', { kind: 'quarter', year: 2025, quarter: 3 }],
  ['Q1\u00a02025', { kind: 'quarter', year: 2025, quarter: 1 }],
  ['Start Q1 2025', { kind: 'start', start: at(2025, 1) }],
  ['start in q1 2025', { kind: 'start', start: at(2025, 1) }],
  ['START VANAF Q2 2025', { kind: 'start', start: at(2025, 2) }],
  [
    'Start in Q1 2025 Rapportage in Q4 2025',
    { kind: 'start-with-report', start: at(2025, 1), report: at(2025, 4) },
  ],
  [
    'Start in Q1 2025 , rapportage Q4 2025',
    { kind: 'start-with-report', start: at(2025, 1), report: at(2025, 4) },
  ],
  [
    'Start Q3 2025, rapportage Q2 2026',
    { kind: 'start-with-report', start: at(2025, 3), report: at(2026, 2) },
  ],
  [
    'Voorbereiden 2025, uitvoeren in 2026',
    { kind: 'phases', prepareYear: 2025, executeYear: 2026 },
  ],
  ['voorbereiden 2025 uitvoeren 2026', { kind: 'phases', prepareYear: 2025, executeYear: 2026 }],
  ['Voorbereiden 2026, uitvoeren 2026', { kind: 'phases', prepareYear: 2026, executeYear: 2026 }],
  ['>2025 ev.', { kind: 'yearly', fromYear: 2025 }],
  ['> 2025 e.v.', { kind: 'yearly', fromYear: 2025 }],
  ['2025 e.v.', { kind: 'yearly', fromYear: 2025 }],
  ['DOORLOPEND', { kind: 'continuous' }],
  [' doorlopend ', { kind: 'continuous' }],
  ['n.t.b. in 2025', { kind: 'to-be-decided', year: 2025 }],
  ['N.t.b. 2025', { kind: 'to-be-decided', year: 2025 }],
  ['ntb 2025', { kind: 'to-be-decided', year: 2025 }],
  ['Eind 2025', { kind: 'end-of-year', year: 2025 }],
  ['einde 2025', { kind: 'end-of-year', year: 2025 }],
  ['eind van 2025', { kind: 'end-of-year', year: 2025 }],
  ['inkoopagenda 2025', { kind: 'procurement-agenda', year: 2025 }],
  ['Inkoop agenda 2025', { kind: 'procurement-agenda', year: 2025 }],
];

/** Text that must not be read as a timing, because reading it would be a guess. */
const UNREADABLE = [
  '',
  '   ',
  'Q0 2025',
  'Q5 2025',
  'Q1 20255',
  'Q1 205',
  'Q1 2025 Q2',
  'Q1',
  'Q2–Q1 2025',
  'Q1–Q1 2025',
  'Q1 2026–Q4 2025',
  'Start Q4 2025, rapportage Q1 2025',
  'Voorbereiden 2026, uitvoeren 2025',
  '1999',
  '2100',
  '25',
  '2025 2026',
  'N.t.b.',
  'eind',
  'zo snel mogelijk',
  'Q1 2025\u200b',
  'Ｑ１ ２０２５',
  '🙂 Q1 2025',
  'Ωμέγα ∞ 🚀',
  '\u0000',
];

describe('parseTiming', () => {
  it.each(PLAN)('reads the plan’s %j', (text, timing) => {
    expect(parseTiming(text)).toEqual(timing);
  });

  it.each(VARIANTS)('reads %j', (text, timing) => {
    expect(parseTiming(text)).toEqual(timing);
  });

  it.each(UNREADABLE)('keeps %j as unscheduled text', (text) => {
    expect(parseTiming(text)).toEqual({ kind: 'unscheduled', text });
  });

  it('stays quick and calm on very long input', () => {
    const text = `${'Q1 2025 – '.repeat(10_000)}x`;
    expect(parseTiming(text)).toEqual({ kind: 'unscheduled', text });
  });
});

describe('formatTiming', () => {
  it.each(PLAN)('writes %j in Dutch as %j and in English as %j', (_text, timing, nl, en) => {
    expect(formatTiming(timing, 'nl')).toBe(nl);
    expect(formatTiming(timing, 'en')).toBe(en);
  });

  it('writes a span across years with both years', () => {
    const timing = parseTiming('Q4 2025 - Q1 2026');
    expect(formatTiming(timing, 'nl')).toBe('Q4 2025–Q1 2026');
    expect(formatTiming(timing, 'en')).toBe('Q4 2025–Q1 2026');
  });

  it('writes unscheduled text as it was given, in either language', () => {
    const timing = parseTiming(' zo snel mogelijk ');
    expect(formatTiming(timing, 'nl')).toBe(' zo snel mogelijk ');
    expect(formatTiming(timing, 'en')).toBe(' zo snel mogelijk ');
  });

  it.each([...PLAN.map(([text]) => text), ...VARIANTS.map(([text]) => text), ...UNREADABLE])(
    'round-trips %j through the Dutch text',
    (text) => {
      const timing = parseTiming(text);
      expect(parseTiming(formatTiming(timing, 'nl'))).toEqual(timing);
    },
  );

  it('uses the Dutch text as the canonical text', () => {
    expect(canonicalTimingText(parseTiming('start vanaf q2 2025'))).toBe('Start in Q2 2025');
    expect(canonicalTimingText(parseTiming('Q1- Q22025'))).toBe('Q1–Q2 2025');
  });
});

describe('dueDateOf', () => {
  it.each(PLAN)('gives %j the due date of its form', (_text, timing, _nl, _en, due) => {
    expect(dueDateOf(timing)).toBe(due);
  });

  it.each<[string, CalendarDate | undefined]>([
    ['Q4 2025–Q1 2026', '2026-03-31'],
    ['Start Q3 2025, rapportage Q2 2026', '2026-06-30'],
    ['Q1 2028', '2028-03-31'],
    ['Q3 2026', '2026-09-30'],
    ['>2027 e.v.', '2027-12-31'],
    ['zo snel mogelijk', undefined],
  ])('gives %j the due date %s', (text, due) => {
    expect(dueDateOf(parseTiming(text))).toBe(due);
  });
});

describe('timing constructors for a quarter picker', () => {
  it('builds a quarter', () => {
    expect(canonicalTimingText(timingForQuarter(2026, 3))).toBe('Q3 2026');
  });

  it('builds spans within and across years', () => {
    expect(canonicalTimingText(timingForSpan(at(2025, 1), at(2025, 2)))).toBe('Q1–Q2 2025');
    expect(canonicalTimingText(timingForSpan(at(2025, 4), at(2026, 1)))).toBe('Q4 2025–Q1 2026');
  });

  it('turns a span of one quarter into that quarter', () => {
    expect(timingForSpan(at(2025, 3), at(2025, 3))).toEqual({
      kind: 'quarter',
      year: 2025,
      quarter: 3,
    });
  });

  it('refuses what the plan cannot hold', () => {
    expect(() => timingForSpan(at(2025, 2), at(2025, 1))).toThrow(RangeError);
    expect(() => timingForQuarter(1999, 4)).toThrow(RangeError);
    expect(() => timingForQuarter(2025.5, 1)).toThrow(RangeError);
    expect(() => timingForQuarter(2025, 5 as Quarter)).toThrow(RangeError);
  });
});
