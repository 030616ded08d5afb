import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { isDataError } from '../../../data/errors';
import type { PlanSnapshot } from '../../../data/repositories';
import type { Theme } from '../../../domain/theme';
import type { ThemeCommand } from '../../../domain/theme-input';
import { useRepositories } from '../../../ui/repositories-context';
import { invalidatePlan, planQueryKey, themeBoardsQueryKey } from '../../../ui/use-plan';

/** Shows the stored theme at once; its board shows it too, so that reads again when shown. */
function putTheme(queryClient: QueryClient, theme: Theme): void {
  queryClient.setQueryData(planQueryKey, (plan: PlanSnapshot | undefined) =>
    plan
      ? {
          ...plan,
          themes: plan.themes.map((candidate) => (candidate.id === theme.id ? theme : candidate)),
        }
      : plan,
  );
  void queryClient.invalidateQueries({ queryKey: themeBoardsQueryKey });
}

function isTheme(value: unknown): value is Theme {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Theme>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.key === 'string' &&
    Array.isArray(candidate.focusAreas)
  );
}

/** For a conflict: the theme as someone else stored it. */
export function storedThemeOf(error: unknown): Theme | undefined {
  return isDataError(error, 'conflict') && isTheme(error.current) ? error.current : undefined;
}

export interface UpdateThemeVariables {
  id: number;
  command: ThemeCommand;
  version: string;
}

export function useUpdateTheme() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, command, version }: UpdateThemeVariables) =>
      repositories.themes.update(id, command, version),
    onSuccess: (saved) => putTheme(queryClient, saved),
    onError: (error) => {
      const stored = storedThemeOf(error);
      if (stored) putTheme(queryClient, stored);
    },
  });
}

/** The site's people, shared with every other picker of them (same cache entry). */
export function useSitePeople() {
  const repositories = useRepositories();
  return useQuery(
    queryOptions({
      queryKey: ['people', 'site-users'],
      queryFn: () => repositories.people.siteUsers(),
    }),
  );
}

/** After any change to goals: the plan and the boards (their goal names and order) read again. */
function useAfterGoalChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      invalidatePlan(queryClient),
      queryClient.invalidateQueries({ queryKey: themeBoardsQueryKey }),
    ]);
}

export function useCreateGoal(themeId: number) {
  const repositories = useRepositories();
  const settled = useAfterGoalChange();
  return useMutation({
    mutationFn: (title: string) => repositories.goals.create(themeId, title),
    onSettled: settled,
  });
}

export function useRenameGoal() {
  const repositories = useRepositories();
  const settled = useAfterGoalChange();
  return useMutation({
    mutationFn: ({ id, title, version }: { id: number; title: string; version: string }) =>
      repositories.goals.rename(id, title, version),
    onSettled: settled,
  });
}

export function useReorderGoals() {
  const repositories = useRepositories();
  const settled = useAfterGoalChange();
  return useMutation({
    mutationFn: (goals: readonly { id: number; version: string }[]) =>
      repositories.goals.reorder(goals),
    onSettled: settled,
  });
}

export function useDeleteGoal() {
  const repositories = useRepositories();
  const settled = useAfterGoalChange();
  return useMutation({
    mutationFn: ({
      id,
      version,
      removal,
    }: {
      id: number;
      version: string;
      removal: Parameters<typeof repositories.goals.delete>[2];
    }) => repositories.goals.delete(id, version, removal),
    onSettled: settled,
  });
}
