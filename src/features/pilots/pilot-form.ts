import type { Pilot, PilotCommand, PilotStatus } from '../../domain/pilot';
import type { FormIssue } from '../../ui/form/use-zod-form';

export interface PilotFormValues {
  title: string;
  themeIds: number[];
  year: number;
  status: PilotStatus;
  description: string;
}

export function pilotFormValues(pilot: Pilot | undefined, currentYear: number): PilotFormValues {
  return pilot
    ? pilotCommandOf(pilot)
    : { title: '', themeIds: [], year: currentYear, status: 'planned', description: '' };
}

export function pilotCommandOf(pilot: Pilot): PilotCommand {
  return {
    title: pilot.title,
    themeIds: pilot.themeIds,
    year: pilot.year,
    status: pilot.status,
    description: pilot.description,
  };
}

/** The fields a coordinator edits; a conflict is resolved per field. */
export const PILOT_CONFLICT_FIELDS = [
  'title',
  'themeIds',
  'year',
  'status',
  'description',
] as const satisfies readonly (keyof PilotCommand)[];
export type PilotConflictField = (typeof PILOT_CONFLICT_FIELDS)[number];

export type PilotFormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'themesRequired'
  | 'yearInvalid'
  | 'descriptionTooLong'
  | 'invalid';

/** What to say at the field `pilotInputSchema` refused. */
export function pilotFormError(issue: FormIssue): PilotFormError {
  switch (issue.path?.[0]) {
    case 'title':
      return issue.code === 'too_big' ? 'titleTooLong' : 'titleRequired';
    case 'themeIds':
      return 'themesRequired';
    case 'year':
      return 'yearInvalid';
    case 'description':
      return issue.code === 'too_big' ? 'descriptionTooLong' : 'invalid';
    // The status is chosen from a list, so only a broken list gets here.
    default:
      return 'invalid';
  }
}
