import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoredPlanUpdate } from '../../../data/repositories';
import type { PlanUpdateDraft } from '../../../domain/plan-update';
import { useRepositories } from '../../../ui/repositories-context';
import { invalidatePlan, themeBoardsQueryKey } from '../../../ui/use-plan';

export function planUpdateQueryKey(year: number) {
  return ['plan-update', year] as const;
}

/** The year's draft as stored, with its version; read afresh each time the wizard opens. */
export function usePlanUpdate(year: number, enabled: boolean) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: planUpdateQueryKey(year),
    queryFn: () => repositories.planUpdates.get(year),
    enabled,
    staleTime: 0,
    // Another coordinator's save must not slip in under a form being filled in.
    refetchOnWindowFocus: false,
  });
}

export function useSavePlanUpdate(year: number) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, version }: { draft: PlanUpdateDraft; version: string | undefined }) =>
      repositories.planUpdates.save(draft, version),
    onSuccess: (stored) => {
      queryClient.setQueryData<StoredPlanUpdate>(planUpdateQueryKey(year), stored);
    },
  });
}

export function useApplyPlanUpdate(year: number) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planUpdateQueryKey(year) }),
      invalidatePlan(queryClient),
      queryClient.invalidateQueries({ queryKey: themeBoardsQueryKey }),
    ]);
  return useMutation({
    mutationFn: (version: string) => repositories.planUpdates.apply(year, version),
    // Written or half written: every view reads what is stored now, the draft its new version.
    onSettled: refresh,
  });
}
