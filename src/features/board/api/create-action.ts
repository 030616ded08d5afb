import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionCommand } from '../../../domain/action';
import { useRepositories } from '../../../ui/repositories-context';
import { invalidatePlan } from '../../../ui/use-plan';
import { replaceAction, updateBoardActions } from './get-theme-board';

export function useCreateAction(themeKey: string) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: ActionCommand) => repositories.actions.create(command),
    onSuccess: (created) => {
      updateBoardActions(queryClient, themeKey, (actions) => replaceAction(actions, created));
      void invalidatePlan(queryClient);
    },
  });
}
