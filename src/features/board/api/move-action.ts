import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionSummary, ActionStatus } from '../../../domain/action';
import { isDataError } from '../../../data/errors';
import type { ThemeBoard } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';
import { summaryUpdateOf } from '../action-command';
import { invalidatePlan, themeBoardQueryKey } from '../../../ui/use-plan';
import { replaceAction, updateBoardActions } from './get-theme-board';

export interface MoveActionVariables {
  action: ActionSummary;
  status: ActionStatus;
}

/**
 * Moves a card at once (optimistic) and saves in the background; a failure puts it back, and a
 * conflict reads the board again so the user sees what the other person stored.
 */
export function useMoveAction(themeKey: string) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const queryKey = themeBoardQueryKey(themeKey);
  const setStatus = (id: number, status: ActionStatus) =>
    updateBoardActions(queryClient, themeKey, (actions) =>
      actions.map((action) => (action.id === id ? { ...action, status } : action)),
    );

  return useMutation({
    // Moves run one after another, so a second move of a card sends the version the first stored.
    scope: { id: `move-action:${themeKey}` },
    mutationFn: ({ action, status }: MoveActionVariables) => {
      const latest =
        queryClient
          .getQueryData<ThemeBoard>(queryKey)
          ?.actions.find((candidate) => candidate.id === action.id) ?? action;
      return repositories.actions.update(
        action.id,
        { ...summaryUpdateOf(latest), status },
        latest.version,
      );
    },
    onMutate: async ({ action, status }) => {
      await queryClient.cancelQueries({ queryKey });
      setStatus(action.id, status);
    },
    onError: (error, { action }) => {
      setStatus(action.id, action.status);
      if (isDataError(error, 'conflict') || isDataError(error, 'not-found')) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
    onSuccess: (saved) => {
      updateBoardActions(queryClient, themeKey, (actions) => {
        // A later move of the same card may already show; keep its status until it is saved too.
        const shown = actions.find((candidate) => candidate.id === saved.id);
        return replaceAction(actions, { ...saved, status: shown?.status ?? saved.status });
      });
      void invalidatePlan(queryClient);
    },
  });
}
