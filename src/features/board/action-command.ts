import {
  ACTION_STATUSES,
  type Action,
  type ActionCommand,
  type ActionSummary,
  type ActionUpdate,
} from '../../domain/action';
import { isDataError } from '../../data/errors';

/** The full command that saves an action as it is; an update always sends every field. */
export function actionCommandOf(action: Action): ActionCommand {
  return {
    themeId: action.themeId,
    goalId: action.goalId,
    title: action.title,
    description: action.description,
    timing: action.timing,
    status: action.status,
    ownerId: action.owner?.id,
    pilotIds: action.pilotIds,
    progressNotes: action.progressNotes,
  };
}

/** A save from a card, which has no long texts: the update leaves those as stored. */
export function summaryUpdateOf(action: ActionSummary): ActionUpdate {
  return {
    themeId: action.themeId,
    goalId: action.goalId,
    title: action.title,
    timing: action.timing,
    status: action.status,
    ownerId: action.owner?.id,
    pilotIds: action.pilotIds,
  };
}

function isAction(value: unknown): value is Action {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Action>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.title === 'string' &&
    (ACTION_STATUSES as readonly unknown[]).includes(candidate.status)
  );
}

/** For a conflict: the action as someone else stored it, to compare with what the user wrote. */
export function storedActionOf(error: unknown): Action | undefined {
  return isDataError(error, 'conflict') && isAction(error.current) ? error.current : undefined;
}
