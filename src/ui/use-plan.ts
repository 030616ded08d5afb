import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Repositories } from '../data/repositories';
import { useRepositories } from './repositories-context';

/**
 * The cache entries more than one feature touches: the plan (read by the overview, theme pages
 * and pilots; changed by the board and the pilots) and the theme boards (changed by the pilots).
 */
export const planQueryKey = ['plan'] as const;
export const themeBoardsQueryKey = ['theme-board'] as const;

export function themeBoardQueryKey(themeKey: string) {
  return [...themeBoardsQueryKey, themeKey] as const;
}

export function getPlanQueryOptions(repositories: Repositories) {
  return queryOptions({ queryKey: planQueryKey, queryFn: () => repositories.plan.loadPlan() });
}

/** The whole plan in one read: themes, goals, actions and pilots. */
export function usePlan() {
  return useQuery(getPlanQueryOptions(useRepositories()));
}

/** After a change elsewhere: the plan is read again when next shown. */
export function invalidatePlan(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: planQueryKey });
}
