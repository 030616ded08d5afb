import type { ActionCommand } from '../../domain/action';

/** The fields a person edits; a conflict is resolved per field. */
export const ACTION_CONFLICT_FIELDS = [
  'title',
  'description',
  'goalId',
  'timing',
  'ownerId',
  'pilotIds',
  'status',
  'progressNotes',
] as const satisfies readonly (keyof ActionCommand)[];
export type ActionConflictField = (typeof ACTION_CONFLICT_FIELDS)[number];
