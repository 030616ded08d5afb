import { useQuery } from '@tanstack/react-query';
import { useRepositories } from '../../../ui/repositories-context';

/** The action's history, read only once asked for (its section opened), afresh each time. */
export function useActionHistory(id: number, enabled: boolean) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: ['action-history', id] as const,
    queryFn: () => repositories.actions.history(id),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}
