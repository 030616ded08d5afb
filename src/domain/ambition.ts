import type { Person } from './person';
import * as z from 'zod/mini';

/** The five steps of the MVOI ambition ladder (MVOI manifest). */
export const AMBITION_LEVELS = [1, 2, 3, 4, 5] as const;
export type AmbitionLevel = (typeof AMBITION_LEVELS)[number];

export const ambitionLevelSchema = z.pipe(
  z.int().check(z.minimum(1), z.maximum(5)),
  z.transform((level) => level as AmbitionLevel),
);

/**
 * The labels of the steps as the plan names them. The plan names only four steps; the label of
 * the fifth is data the coordinator sets, so it is absent until then.
 */
export const PLAN_LADDER_LABELS: Readonly<Record<AmbitionLevel, string | undefined>> = {
  1: 'Afweging',
  2: 'Pilots',
  3: 'Verbreding',
  4: 'Borging',
  5: undefined,
};

/** The organisation-wide ambition: step 3 now, every theme at least step 4 by the end of 2028. */
export const ORGANISATION_AMBITION = {
  currentLevel: 3,
  targetLevel: 4,
  targetYear: 2028,
} as const satisfies {
  currentLevel: AmbitionLevel;
  targetLevel: AmbitionLevel;
  targetYear: number;
};

/** The years the plan runs; it is updated every year (PDCA). */
export const PLAN_YEARS = [2025, 2026, 2027, 2028] as const;

/** How a theme's year went, in the colours Dutch progress reports use (PBL). */
export const ASSESSMENT_STATUSES = ['on-track', 'at-risk', 'behind', 'undetermined'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Drafted by the theme's owner, then confirmed (vastgesteld) by a coordinator. */
export type AssessmentState = 'draft' | 'confirmed';

/**
 * A yearly assessment of where a theme stands on the ladder. A confirmed one is never changed: a
 * correction is a new assessment of the same theme and year with a higher `revision`.
 */
export interface AmbitionAssessment {
  id: number;
  themeId: number;
  year: number;
  level: AmbitionLevel;
  status: AssessmentStatus;
  /** Why the theme stands where it does (Check). */
  explanation: string;
  /** Links to what shows it. */
  evidence: string[];
  /** What the theme will change (Act), written by the owner with the assessment. */
  act: string;
  state: AssessmentState;
  /** 1 for the first assessment of a theme and year, one more for each correction. */
  revision: number;
  assessedBy: Person | undefined;
  /** ISO instant the draft was last saved. */
  assessedAt: string;
  confirmedBy: Person | undefined;
  confirmedAt: string | undefined;
  /** The ETag. */
  version: string;
}
