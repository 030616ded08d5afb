import * as z from 'zod/mini';
import { isCalendarDate, type CalendarDate } from './calendar-date';

/**
 * The amounts from which a procurement asks for more: the plan's MVOI criteria (from EUR 50,000)
 * and Social Return (from EUR 100,000), both Maastricht's own policy, and the EU thresholds
 * (Delegated Regulation (EU) 2025/2152 for 2026–2027).
 *
 * Every rule applies from its amount on, the amount itself included (≥): the plan's "vanaf" says
 * so for MVOI and SROI, and EU law (Directive 2014/24/EU, art. 4) applies to contracts "equal to or
 * greater than" its thresholds, so the issue's "above the EU thresholds" is read the same way.
 */
export const THRESHOLD_RULES = [
  'mvoi-criteria',
  'social-return',
  'eu-supplies-services',
  'eu-works',
] as const;
export type ThresholdRule = (typeof THRESHOLD_RULES)[number];

export interface ProcurementThreshold {
  rule: ThresholdRule;
  amountEur: number;
  /** The first day the amount applies; it replaces the rule's earlier amount from then on. */
  effectiveFrom: CalendarDate;
}

export const THRESHOLD_AMOUNT_MAX = 1_000_000_000;
export const MAX_THRESHOLDS = 40;

export const DEFAULT_PROCUREMENT_THRESHOLDS: readonly ProcurementThreshold[] = [
  { rule: 'mvoi-criteria', amountEur: 50_000, effectiveFrom: '2025-01-01' },
  { rule: 'social-return', amountEur: 100_000, effectiveFrom: '2025-01-01' },
  { rule: 'eu-supplies-services', amountEur: 221_000, effectiveFrom: '2024-01-01' },
  { rule: 'eu-works', amountEur: 5_538_000, effectiveFrom: '2024-01-01' },
  { rule: 'eu-supplies-services', amountEur: 216_000, effectiveFrom: '2026-01-01' },
  { rule: 'eu-works', amountEur: 5_404_000, effectiveFrom: '2026-01-01' },
];

const thresholdSchema = z.object({
  rule: z.enum(THRESHOLD_RULES),
  amountEur: z.int().check(z.minimum(0), z.maximum(THRESHOLD_AMOUNT_MAX)),
  effectiveFrom: z.pipe(
    z.string().check(z.refine(isCalendarDate, 'not a calendar date')),
    z.transform((value) => value as CalendarDate),
  ),
});

/**
 * The coordinator's thresholds: each rule at least once, and once per date. Refusals carry their
 * reason in `params` (`duplicate`, or `missing` with the `rule`), for the form to word.
 */
export const procurementThresholdsSchema = z.array(thresholdSchema).check(
  z.minLength(1),
  z.maxLength(MAX_THRESHOLDS),
  z.superRefine((thresholds, ctx) => {
    const seen = new Set<string>();
    thresholds.forEach((threshold, index) => {
      const key = `${threshold.rule}|${threshold.effectiveFrom}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'effectiveFrom'],
          input: threshold,
          params: { reason: 'duplicate' },
        });
      }
      seen.add(key);
    });
    for (const rule of THRESHOLD_RULES) {
      if (!thresholds.some((threshold) => threshold.rule === rule)) {
        ctx.addIssue({ code: 'custom', input: thresholds, params: { reason: 'missing', rule } });
      }
    }
  }),
);

/** The amount of `rule` on `date`: the latest one in effect then, or none before the first. */
export function applicableThreshold(
  thresholds: readonly ProcurementThreshold[],
  rule: ThresholdRule,
  date: CalendarDate,
): ProcurementThreshold | undefined {
  let applicable: ProcurementThreshold | undefined;
  for (const threshold of thresholds) {
    if (threshold.rule !== rule || threshold.effectiveFrom > date) continue;
    if (!applicable || threshold.effectiveFrom > applicable.effectiveFrom) applicable = threshold;
  }
  return applicable;
}

export type ProcurementKindForThresholds = 'supplies' | 'services' | 'works';

/** What the rules need to know about a procurement. */
export interface ThresholdSubject {
  estimatedValueEur: number | undefined;
  kind: ProcurementKindForThresholds | undefined;
  criteriaChosen: boolean;
  sroiAgreed: boolean;
}

export interface ProcurementFlag {
  rule: ThresholdRule;
  threshold: ProcurementThreshold;
}

/** The EU rule that fits the kind; a procurement of unknown kind is not judged against either. */
function euRuleOf(kind: ProcurementKindForThresholds | undefined): ThresholdRule | undefined {
  if (kind === 'works') return 'eu-works';
  if (kind === 'supplies' || kind === 'services') return 'eu-supplies-services';
  return undefined;
}

/**
 * The rules a procurement meets on `date` (its planned publication, or today without one). A
 * procurement without an estimated value meets none: the app cannot tell.
 */
export function flagsOf(
  subject: ThresholdSubject,
  thresholds: readonly ProcurementThreshold[],
  date: CalendarDate,
): ProcurementFlag[] {
  const value = subject.estimatedValueEur;
  if (value === undefined) return [];
  const euRule = euRuleOf(subject.kind);
  const rules: ThresholdRule[] = ['mvoi-criteria', 'social-return', ...(euRule ? [euRule] : [])];
  return rules.flatMap((rule) => {
    const threshold = applicableThreshold(thresholds, rule, date);
    return threshold && value >= threshold.amountEur ? [{ rule, threshold }] : [];
  });
}

export type ProcurementGap = 'criteria-missing' | 'sroi-missing';

/** A flag without the plan that goes with it: criteria not chosen, or SROI not agreed. */
export function gapsOf(
  subject: ThresholdSubject,
  flags: readonly ProcurementFlag[],
): ProcurementGap[] {
  const gaps: ProcurementGap[] = [];
  if (flags.some((flag) => flag.rule === 'mvoi-criteria') && !subject.criteriaChosen) {
    gaps.push('criteria-missing');
  }
  if (flags.some((flag) => flag.rule === 'social-return') && !subject.sroiAgreed) {
    gaps.push('sroi-missing');
  }
  return gaps;
}
