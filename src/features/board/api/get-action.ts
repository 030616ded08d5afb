import { useQuery } from '@tanstack/react-query';
import { useRepositories } from '../../../ui/repositories-context';

export function actionQueryKey(id: number) {
  return ['action', id] as const;
}

/**
 * The whole action, read when its dialog opens: the board has only the cards. Read afresh at each
 * opening (and dropped when the dialog closes), so an edit starts from what is stored now.
 */
export function useAction(id: number) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: actionQueryKey(id),
    queryFn: () => repositories.actions.get(id),
    staleTime: 0,
    gcTime: 0,
  });
}
