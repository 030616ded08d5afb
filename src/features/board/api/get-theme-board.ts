import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ActionSummary } from '../../../domain/action';
import type { PlanSnapshot, Repositories, ThemeBoard } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';
import { planQueryKey, themeBoardQueryKey } from '../../../ui/use-plan';

export function getThemeBoardQueryOptions(repositories: Repositories, themeKey: string) {
  return queryOptions({
    queryKey: themeBoardQueryKey(themeKey),
    queryFn: () => repositories.plan.loadThemeBoard(themeKey),
  });
}

/** One theme with its goals, actions and pilots, in at most two requests. */
export function useThemeBoard(themeKey: string) {
  return useQuery(getThemeBoardQueryOptions(useRepositories(), themeKey));
}

/**
 * Changes the cached board's actions in place, so a save shows without reading the board again.
 * An organisation-wide action (no theme) is on no board: the plan's actions are changed instead.
 */
export function updateBoardActions(
  queryClient: QueryClient,
  themeKey: string | undefined,
  update: (actions: ActionSummary[]) => ActionSummary[],
): void {
  if (themeKey === undefined) {
    queryClient.setQueryData(planQueryKey, (plan: PlanSnapshot | undefined) =>
      plan ? { ...plan, actions: update(plan.actions) } : plan,
    );
    return;
  }
  queryClient.setQueryData(themeBoardQueryKey(themeKey), (board: ThemeBoard | undefined) =>
    board ? { ...board, actions: update(board.actions) } : board,
  );
}

export function replaceAction(actions: ActionSummary[], action: ActionSummary): ActionSummary[] {
  return actions.some((candidate) => candidate.id === action.id)
    ? actions.map((candidate) => (candidate.id === action.id ? action : candidate))
    : [...actions, action];
}
