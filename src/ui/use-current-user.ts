import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Repositories } from '../data/repositories';
import { useRepositories } from './repositories-context';

export const currentUserQueryKey = ['people', 'current-user'] as const;

export function getCurrentUserQueryOptions(repositories: Repositories) {
  return queryOptions({
    queryKey: currentUserQueryKey,
    queryFn: () => repositories.people.currentUser(),
    // Who is signed in does not change while the app is open.
    staleTime: Infinity,
  });
}

/** The signed-in person and whether they are a coordinator. */
export function useCurrentUser() {
  return useQuery(getCurrentUserQueryOptions(useRepositories()));
}
