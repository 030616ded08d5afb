import * as z from 'zod/mini';
import { isDataError } from '../../data/errors';
import {
  ASSESSMENT_STATUSES,
  PLAN_YEARS,
  type AmbitionAssessment,
  type AmbitionLevel,
  type AssessmentStatus,
} from '../../domain/ambition';
import { assessmentInputSchema, evidenceLines } from '../../domain/assessment-input';
import type { FormIssue } from '../../ui/form/use-zod-form';

/** The form holds the evidence as text, one link a line; the year only for a new assessment. */
export const assessmentFormSchema = z.object({
  ...assessmentInputSchema.shape,
  year: z.int().check(z.minimum(2020), z.maximum(2100)),
  evidence: z.pipe(
    z.pipe(z.string(), z.transform(evidenceLines)),
    assessmentInputSchema.shape.evidence,
  ),
});

export type AssessmentFormCommand = z.output<typeof assessmentFormSchema>;

export function assessmentCommandOf(item: AmbitionAssessment): AssessmentFormCommand {
  return {
    year: item.year,
    level: item.level,
    status: item.status,
    explanation: item.explanation,
    evidence: item.evidence,
    act: item.act,
  };
}

/** The fields a conflict between two saves of one draft is resolved on. */
export const ASSESSMENT_CONFLICT_FIELDS = [
  'level',
  'status',
  'explanation',
  'evidence',
  'act',
] as const satisfies readonly (keyof AssessmentFormCommand)[];
export type AssessmentConflictField = (typeof ASSESSMENT_CONFLICT_FIELDS)[number];

function isAssessment(value: unknown): value is AmbitionAssessment {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<AmbitionAssessment>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.year === 'number' &&
    Array.isArray(candidate.evidence) &&
    (ASSESSMENT_STATUSES as readonly unknown[]).includes(candidate.status)
  );
}

/** For a conflict: the assessment as it is stored now. */
export function storedAssessmentOf(error: unknown): AmbitionAssessment | undefined {
  return isDataError(error, 'conflict') && isAssessment(error.current) ? error.current : undefined;
}

export interface AssessmentFormValues {
  year: number;
  level: AmbitionLevel;
  status: AssessmentStatus;
  explanation: string;
  evidence: string;
  act: string;
}

/** A new draft starts from the year's last word on it, if any: a correction changes what was. */
export function assessmentFormValues(
  year: number,
  from: AmbitionAssessment | undefined,
  baseline: AmbitionLevel,
): AssessmentFormValues {
  return {
    year,
    level: from?.level ?? baseline,
    status: from?.status ?? 'on-track',
    explanation: from?.explanation ?? '',
    evidence: from?.evidence.join('\n') ?? '',
    act: from?.act ?? '',
  };
}

/** Plan years up to the current one: a year is assessed once it has begun. */
export function assessableYears(currentYear: number): number[] {
  const years = PLAN_YEARS.filter((year) => year <= currentYear);
  return years.length > 0 ? years : [PLAN_YEARS[0]];
}

export type AssessmentFormError =
  | 'explanationRequired'
  | 'explanationTooLong'
  | 'notALink'
  | 'tooManyLinks'
  | 'actTooLong'
  | 'invalid';

export function assessmentFormError(issue: FormIssue): AssessmentFormError {
  switch (issue.path?.[0]) {
    case 'explanation':
      return issue.code === 'too_big' ? 'explanationTooLong' : 'explanationRequired';
    case 'evidence':
      return issue.path.length > 1 ? 'notALink' : 'tooManyLinks';
    case 'act':
      return 'actTooLong';
    // Level, status and year are chosen from lists, so only a broken list gets here.
    default:
      return 'invalid';
  }
}
