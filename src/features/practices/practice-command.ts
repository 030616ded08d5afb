import { isDataError } from '../../data/errors';
import type { Practice, PracticeCommand } from '../../domain/practice';

/** The fields the editor saves; after a conflict the author chooses per field. */
export const PRACTICE_CONFLICT_FIELDS = [
  'title',
  'body',
  'themeIds',
  'pilotId',
  'actionId',
] as const satisfies readonly (keyof PracticeCommand)[];
export type PracticeConflictField = (typeof PRACTICE_CONFLICT_FIELDS)[number];

export function practiceCommandOf(practice: Practice): PracticeCommand {
  return {
    title: practice.title,
    body: practice.body,
    themeIds: practice.themeIds,
    pilotId: practice.pilotId,
    actionId: practice.actionId,
  };
}

function isPractice(value: unknown): value is Practice {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Practice>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.body === 'string' &&
    Array.isArray(candidate.themeIds)
  );
}

/** For a conflict (HTTP 412): the post as someone else stored it. */
export function storedPracticeOf(error: unknown): Practice | undefined {
  return isDataError(error, 'conflict') && isPractice(error.current) ? error.current : undefined;
}
