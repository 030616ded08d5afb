import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionSummary } from '../../../domain/action';
import { isDataError } from '../../../data/errors';
import { useRepositories } from '../../../ui/repositories-context';
import { invalidatePlan, themeBoardQueryKey } from '../../../ui/use-plan';
import { updateBoardActions } from './get-theme-board';

export function useDeleteAction(themeKey: string | undefined) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ActionSummary) => repositories.actions.delete(action.id, action.version),
    onSuccess: (_, action) => {
      updateBoardActions(queryClient, themeKey, (actions) =>
        actions.filter((candidate) => candidate.id !== action.id),
      );
      void invalidatePlan(queryClient);
    },
    onError: (error) => {
      // Changed or already gone: show the board (or the plan) as it is stored now.
      if (isDataError(error, 'conflict') || isDataError(error, 'not-found')) {
        void (themeKey === undefined
          ? invalidatePlan(queryClient)
          : queryClient.invalidateQueries({ queryKey: themeBoardQueryKey(themeKey) }));
      }
    },
  });
}
