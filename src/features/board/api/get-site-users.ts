import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Repositories } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';

export const siteUsersQueryKey = ['people', 'site-users'] as const;

export function getSiteUsersQueryOptions(repositories: Repositories) {
  return queryOptions({
    queryKey: siteUsersQueryKey,
    queryFn: () => repositories.people.siteUsers(),
    staleTime: 5 * 60_000,
  });
}

/** The site's people, for choosing an owner; only read once a form needs them. */
export function useSiteUsers() {
  return useQuery(getSiteUsersQueryOptions(useRepositories()));
}
