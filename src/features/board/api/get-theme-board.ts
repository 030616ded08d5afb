import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ActionSummary } from '../../../domain/action';
import type { Repositories, ThemeBoard } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';
import { themeBoardQueryKey } from '../../../ui/use-plan';

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

/** Changes the cached board's actions in place, so a save shows without reading the board again. */
export function updateBoardActions(
  queryClient: QueryClient,
  themeKey: string,
  update: (actions: ActionSummary[]) => ActionSummary[],
): void {
  queryClient.setQueryData(themeBoardQueryKey(themeKey), (board: ThemeBoard | undefined) =>
    board ? { ...board, actions: update(board.actions) } : board,
  );
}

export function replaceAction(actions: ActionSummary[], action: ActionSummary): ActionSummary[] {
  return actions.some((candidate) => candidate.id === action.id)
    ? actions.map((candidate) => (candidate.id === action.id ? action : candidate))
    : [...actions, action];
}
