import {
  pilotInputSchema,
  type Pilot,
  type PilotCommand,
  type PilotStatus,
} from '../../domain/pilot';

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

export type PilotFormField = 'title' | 'themeIds' | 'year' | 'description';
export type PilotFormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'themesRequired'
  | 'yearInvalid'
  | 'descriptionTooLong'
  | 'invalid';
export type PilotFormErrors = Partial<Record<PilotFormField, PilotFormError>>;

function errorOf(field: string, code: string): [PilotFormField, PilotFormError] {
  switch (field) {
    case 'title':
      return ['title', code === 'too_big' ? 'titleTooLong' : 'titleRequired'];
    case 'themeIds':
      return ['themeIds', 'themesRequired'];
    case 'year':
      return ['year', 'yearInvalid'];
    case 'description':
      return ['description', code === 'too_big' ? 'descriptionTooLong' : 'invalid'];
    // The status is chosen from a list, so it cannot be invalid; say so at the title.
    default:
      return ['title', 'invalid'];
  }
}

/** The command to send, or what to say at which field; checked by the domain's own schema. */
export function validatePilotForm(
  values: PilotFormValues,
): { command: PilotCommand } | { errors: PilotFormErrors } {
  const parsed = pilotInputSchema.safeParse(values);
  if (parsed.success) return { command: parsed.data };
  const errors: PilotFormErrors = {};
  for (const issue of parsed.error.issues) {
    const [field, error] = errorOf(String(issue.path[0]), issue.code);
    errors[field] ??= error;
  }
  return { errors };
}
