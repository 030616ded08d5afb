import * as z from 'zod/mini';
import { ambitionLevelSchema, ASSESSMENT_STATUSES } from './ambition';

export const ASSESSMENT_EXPLANATION_MAX_LENGTH = 4000;
export const ASSESSMENT_ACT_MAX_LENGTH = 4000;
export const MAX_EVIDENCE_LINKS = 10;
export const EVIDENCE_URL_MAX_LENGTH = 2000;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const evidenceUrl = z
  .string()
  .check(z.trim(), z.maxLength(EVIDENCE_URL_MAX_LENGTH), z.refine(isHttpUrl));

/** What a theme's owner writes for a year: the step reached, how it went, why, and what next. */
export const assessmentInputSchema = z.object({
  level: ambitionLevelSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  explanation: z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(ASSESSMENT_EXPLANATION_MAX_LENGTH)),
  /** Links only (http or https): a link to a document, never the document itself. */
  evidence: z.array(evidenceUrl).check(z.maxLength(MAX_EVIDENCE_LINKS)),
  act: z.string().check(z.trim(), z.maxLength(ASSESSMENT_ACT_MAX_LENGTH)),
});
export type AssessmentInput = z.input<typeof assessmentInputSchema>;
export type AssessmentCommand = z.output<typeof assessmentInputSchema>;

/** Evidence as the form holds it, one link a line, into the list the schema checks. */
export function evidenceLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
