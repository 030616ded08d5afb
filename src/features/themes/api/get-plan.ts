import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Repositories } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';

export const planQueryKey = ['plan'] as const;

export function getPlanQueryOptions(repositories: Repositories) {
  return queryOptions({ queryKey: planQueryKey, queryFn: () => repositories.plan.loadPlan() });
}

/** The whole plan in one read: themes, goals, actions and pilots. */
export function usePlan() {
  return useQuery(getPlanQueryOptions(useRepositories()));
}
