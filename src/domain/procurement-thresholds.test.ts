import { describe, expect, it } from 'vitest';
import type { CalendarDate } from './calendar-date';
import { assessProcurement, procurementKey, parsePublicationQuarter } from './procurement';
import {
  applicableThreshold,
  DEFAULT_PROCUREMENT_THRESHOLDS,
  flagsOf,
  gapsOf,
  procurementThresholdsSchema,
  type ProcurementThreshold,
  type ThresholdRule,
  type ThresholdSubject,
} from './procurement-thresholds';

const subject = (
  estimatedValueEur: number | undefined,
  kind: ThresholdSubject['kind'],
  plan: Partial<ThresholdSubject> = {},
): ThresholdSubject => ({
  estimatedValueEur,
  kind,
  criteriaChosen: false,
  sroiAgreed: false,
  ...plan,
});

const rulesOf = (value: number | undefined, kind: ThresholdSubject['kind'], date: CalendarDate) =>
  flagsOf(subject(value, kind), DEFAULT_PROCUREMENT_THRESHOLDS, date).map((flag) => flag.rule);

describe('thresholds: on, just below and just above each', () => {
  const cases: {
    rule: ThresholdRule;
    kind: ThresholdSubject['kind'];
    amount: number;
    date: CalendarDate;
  }[] = [
    { rule: 'mvoi-criteria', kind: 'services', amount: 50_000, date: '2025-06-01' },
    { rule: 'social-return', kind: 'services', amount: 100_000, date: '2025-06-01' },
    { rule: 'eu-supplies-services', kind: 'supplies', amount: 221_000, date: '2025-06-01' },
    { rule: 'eu-supplies-services', kind: 'services', amount: 216_000, date: '2026-01-01' },
    { rule: 'eu-works', kind: 'works', amount: 5_538_000, date: '2025-12-31' },
    { rule: 'eu-works', kind: 'works', amount: 5_404_000, date: '2026-04-01' },
  ];
  it.each(cases)('$rule at $amount on $date', ({ rule, kind, amount, date }) => {
    expect(rulesOf(amount - 0.01, kind, date)).not.toContain(rule);
    expect(rulesOf(amount - 1, kind, date)).not.toContain(rule);
    expect(rulesOf(amount, kind, date)).toContain(rule);
    expect(rulesOf(amount + 1, kind, date)).toContain(rule);
  });

  it('judges the EU threshold by kind, and not at all for an unknown kind', () => {
    expect(rulesOf(300_000, 'works', '2026-01-01')).toEqual(['mvoi-criteria', 'social-return']);
    expect(rulesOf(6_000_000, 'supplies', '2026-01-01')).toContain('eu-supplies-services');
    expect(rulesOf(6_000_000, undefined, '2026-01-01')).toEqual(['mvoi-criteria', 'social-return']);
  });

  it('flags nothing without an estimated value', () => {
    expect(rulesOf(undefined, 'works', '2026-01-01')).toEqual([]);
  });
});

describe('a threshold changed from a date', () => {
  it('takes the latest amount in effect on the date, none before the first', () => {
    const at = (date: CalendarDate) =>
      applicableThreshold(DEFAULT_PROCUREMENT_THRESHOLDS, 'eu-supplies-services', date)?.amountEur;
    expect(at('2023-12-31')).toBeUndefined();
    expect(at('2024-01-01')).toBe(221_000);
    expect(at('2025-12-31')).toBe(221_000);
    expect(at('2026-01-01')).toBe(216_000);
  });

  it('flags 218,000 of services in Q4 2025 below the EU threshold, in Q1 2026 above it', () => {
    const procurement = {
      estimatedValueEur: 218_000,
      kind: 'services' as const,
      criteriaChosen: true,
      sroiAgreed: true,
      status: 'planned' as const,
    };
    const rules = (publication: { year: number; quarter: 1 | 2 | 3 | 4 }) =>
      assessProcurement(
        { ...procurement, publication },
        DEFAULT_PROCUREMENT_THRESHOLDS,
        '2025-03-01',
      ).flags.map((flag) => flag.rule);
    expect(rules({ year: 2025, quarter: 4 })).not.toContain('eu-supplies-services');
    expect(rules({ year: 2026, quarter: 1 })).toContain('eu-supplies-services');
  });

  it('uses a coordinator’s raised MVOI threshold from its date on, and today without a quarter', () => {
    const raised: ProcurementThreshold[] = [
      ...DEFAULT_PROCUREMENT_THRESHOLDS,
      { rule: 'mvoi-criteria', amountEur: 75_000, effectiveFrom: '2026-07-01' },
    ];
    const sixty = {
      estimatedValueEur: 60_000,
      kind: 'supplies' as const,
      criteriaChosen: false,
      sroiAgreed: false,
      status: 'planned' as const,
      publication: undefined,
    };
    expect(assessProcurement(sixty, raised, '2026-06-30').gaps).toEqual(['criteria-missing']);
    expect(assessProcurement(sixty, raised, '2026-07-01').flags).toEqual([]);
  });
});

describe('gaps', () => {
  it('is a flag without its plan: criteria not chosen, SROI not agreed', () => {
    const thresholds = DEFAULT_PROCUREMENT_THRESHOLDS;
    const gaps = (plan: Partial<ThresholdSubject>, value = 150_000) => {
      const s = subject(value, 'services', plan);
      return gapsOf(s, flagsOf(s, thresholds, '2026-01-01'));
    };
    expect(gaps({})).toEqual(['criteria-missing', 'sroi-missing']);
    expect(gaps({ criteriaChosen: true })).toEqual(['sroi-missing']);
    expect(gaps({ criteriaChosen: true, sroiAgreed: true })).toEqual([]);
    expect(gaps({}, 60_000)).toEqual(['criteria-missing']);
    expect(gaps({}, 49_999)).toEqual([]);
  });

  it('leaves out a cancelled procurement', () => {
    const assessed = assessProcurement(
      {
        estimatedValueEur: 500_000,
        kind: 'works',
        criteriaChosen: false,
        sroiAgreed: false,
        status: 'cancelled',
        publication: { year: 2026, quarter: 2 },
      },
      DEFAULT_PROCUREMENT_THRESHOLDS,
      '2026-01-01',
    );
    expect(assessed.flags.map((flag) => flag.rule)).toEqual(['mvoi-criteria', 'social-return']);
    expect(assessed.gaps).toEqual([]);
  });
});

describe('threshold settings', () => {
  it('accepts the defaults and refuses a missing rule, a duplicate date or a bad date', () => {
    expect(procurementThresholdsSchema.safeParse(DEFAULT_PROCUREMENT_THRESHOLDS).success).toBe(
      true,
    );
    const messages = (value: unknown) => {
      const parsed = procurementThresholdsSchema.safeParse(value);
      return parsed.success
        ? []
        : parsed.error.issues.map((issue) =>
            issue.code === 'custom' ? (issue.params as Record<string, string>) : issue.code,
          );
    };
    expect(messages(DEFAULT_PROCUREMENT_THRESHOLDS.slice(1))).toContainEqual({
      reason: 'missing',
      rule: 'mvoi-criteria',
    });
    expect(
      messages([...DEFAULT_PROCUREMENT_THRESHOLDS, DEFAULT_PROCUREMENT_THRESHOLDS[0]]),
    ).toEqual([{ reason: 'duplicate' }]);
    expect(
      messages([{ rule: 'mvoi-criteria', amountEur: 1, effectiveFrom: '2026-02-30' }]).length,
    ).toBeGreaterThan(0);
  });
});

describe('procurement keys and quarters', () => {
  it('matches a row on its Kenmerk, or on title, department and quarter ignoring case and spacing', () => {
    const publication = { year: 2026, quarter: 2 as const };
    expect(procurementKey({ key: ' INK-001 ', title: 'a', department: 'b', publication })).toBe(
      'kenmerk:ink-001',
    );
    expect(
      procurementKey({ title: 'Schoonmaak  Stadhuis', department: 'Facilitair', publication }),
    ).toBe(
      procurementKey({ title: 'schoonmaak stadhuis ', department: 'FACILITAIR', publication }),
    );
    expect(procurementKey({ title: 'x'.repeat(400), department: '', publication })).toHaveLength(
      255,
    );
  });

  it('reads a quarter as the plan writes it, and nothing else', () => {
    expect(parsePublicationQuarter('q3  2026')).toEqual({ year: 2026, quarter: 3 });
    expect(parsePublicationQuarter('Q5 2026')).toBeUndefined();
    expect(parsePublicationQuarter('2026')).toBeUndefined();
  });
});
