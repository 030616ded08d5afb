import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionCommand } from '../../../domain/action';
import { calendarDateIn } from '../../../domain/calendar-date';
import { defaultPlanYear } from '../../../domain/plan-year';
import { useNow } from '../../../ui/clock';
import { useRepositories } from '../../../ui/repositories-context';
import { invalidatePlan } from '../../../ui/use-plan';
import { replaceAction, updateBoardActions } from './get-theme-board';

export function useCreateAction(themeKey: string | undefined) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const now = useNow();
  return useMutation({
    // A new action belongs to its timing's year, else to the year it is made in.
    mutationFn: (command: ActionCommand) =>
      repositories.actions.create({
        ...command,
        planYear: command.planYear ?? defaultPlanYear(command.timing, calendarDateIn(now)),
      }),
    onSuccess: (created) => {
      updateBoardActions(queryClient, themeKey, (actions) => replaceAction(actions, created));
      void invalidatePlan(queryClient);
    },
  });
}
