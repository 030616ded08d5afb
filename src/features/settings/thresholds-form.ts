import * as z from 'zod/mini';
import {
  DEFAULT_PROCUREMENT_THRESHOLDS,
  procurementThresholdsSchema,
  THRESHOLD_AMOUNT_MAX,
  THRESHOLD_RULES,
  type ProcurementThreshold,
  type ThresholdRule,
} from '../../domain/procurement-thresholds';
import type { FormIssue } from '../../ui/form/use-zod-form';

/** What the thresholds form holds: amounts as typed ("216.000"), dates as the date input gives them. */
export interface ThresholdsFormValues {
  thresholds: { rule: ThresholdRule; amountEur: string; effectiveFrom: string }[];
}

const amount = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text, ctx) => {
      // Dutch thousands separators and spaces are how people write amounts; cents are not.
      const digits = text.replace(/[\s.€\u00a0]/g, '');
      if (!/^\d+$/.test(digits)) {
        ctx.issues.push({ code: 'custom', input: text, params: { reason: 'amount' } });
        return z.NEVER;
      }
      return Number(digits);
    }),
  ),
  z.int().check(z.minimum(0), z.maximum(THRESHOLD_AMOUNT_MAX)),
);

export const thresholdsFormSchema = z.object({
  thresholds: z.pipe(
    z.array(
      z.object({ rule: z.enum(THRESHOLD_RULES), amountEur: amount, effectiveFrom: z.string() }),
    ),
    procurementThresholdsSchema,
  ),
});

const byRuleAndDate = (a: ProcurementThreshold, b: ProcurementThreshold) =>
  THRESHOLD_RULES.indexOf(a.rule) - THRESHOLD_RULES.indexOf(b.rule) ||
  a.effectiveFrom.localeCompare(b.effectiveFrom);

export function thresholdsFormValues(
  thresholds: readonly ProcurementThreshold[] | undefined,
): ThresholdsFormValues {
  return {
    thresholds: [...(thresholds ?? DEFAULT_PROCUREMENT_THRESHOLDS)]
      .sort(byRuleAndDate)
      .map((threshold) => ({
        rule: threshold.rule,
        amountEur: String(threshold.amountEur),
        effectiveFrom: threshold.effectiveFrom,
      })),
  };
}

export type ThresholdsFormError =
  | { code: 'amount' | 'date' | 'duplicate' | 'tooMany' | 'invalid' }
  | { code: 'missing'; rule: ThresholdRule };

/** What to say where the form's schema refused. */
export function thresholdsFormError(issue: FormIssue): ThresholdsFormError {
  const params: Record<string, unknown> = (issue.code === 'custom' && issue.params) || {};
  if (params.reason === 'missing') {
    const rule = THRESHOLD_RULES.find((candidate) => candidate === params.rule);
    if (rule) return { code: 'missing', rule };
  }
  if (params.reason === 'duplicate') return { code: 'duplicate' };
  if (issue.path?.length === 1) return { code: issue.code === 'too_big' ? 'tooMany' : 'invalid' };
  switch (issue.path?.[2]) {
    case 'amountEur':
      return { code: 'amount' };
    case 'effectiveFrom':
      return { code: 'date' };
    default:
      return { code: 'invalid' };
  }
}
