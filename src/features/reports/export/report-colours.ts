import type { AssessmentStatus } from '../../../domain/ambition';

/**
 * The status colours of Dutch progress reports (PBL: groen, oranje, rood, grijs) as RGB hex, for
 * the files only: a file has no theme, and its cells always name the status in words as well.
 */
export const STATUS_FILLS: Record<AssessmentStatus, string> = {
  'on-track': 'A9D08E',
  'at-risk': 'F4B183',
  behind: 'FF7C80',
  undetermined: 'D9D9D9',
};

/** The header rows of the files' tables: a light grey that prints on any printer. */
export const HEADER_FILL = 'E7E6E6';
