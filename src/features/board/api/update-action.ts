import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionCommand } from '../../../domain/action';
import { useRepositories } from '../../../ui/repositories-context';
import { storedActionOf } from '../action-command';
import { invalidatePlan } from '../../../ui/use-plan';
import { replaceAction, updateBoardActions } from './get-theme-board';

export interface UpdateActionVariables {
  id: number;
  command: ActionCommand;
  /** The version the user started from; a newer stored version makes this a conflict. */
  version: string;
}

export function useUpdateAction(themeKey: string | undefined) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, command, version }: UpdateActionVariables) =>
      repositories.actions.update(id, command, version),
    onSuccess: (saved) => {
      updateBoardActions(queryClient, themeKey, (actions) => replaceAction(actions, saved));
      void invalidatePlan(queryClient);
    },
    onError: (error) => {
      // The board behind the dialog shows what is stored now, while the user compares.
      const stored = storedActionOf(error);
      if (stored)
        updateBoardActions(queryClient, themeKey, (actions) => replaceAction(actions, stored));
    },
  });
}
