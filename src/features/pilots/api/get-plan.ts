import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Repositories } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';

/** The same key as the themes overview, so both read the plan once. */
export const planQueryKey = ['plan'] as const;

export function getPlanQueryOptions(repositories: Repositories) {
  return queryOptions({ queryKey: planQueryKey, queryFn: () => repositories.plan.loadPlan() });
}

/** The whole plan in one read: the pilots with the themes and actions they link to. */
export function usePlan() {
  return useQuery(getPlanQueryOptions(useRepositories()));
}
