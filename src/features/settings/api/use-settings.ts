import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppSettingsInput } from '../../../domain/app-settings';
import { isDataError } from '../../../data/errors';
import type { AppSettings } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';

/** The app's one settings query (the ladder's step-5 name reads it too). */
export const settingsQueryKey = ['settings'] as const;

export function useSettings() {
  const repositories = useRepositories();
  return useQuery({ queryKey: settingsQueryKey, queryFn: () => repositories.settings.get() });
}

export function useSaveSettings() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ settings, version }: { settings: AppSettingsInput; version: string }) =>
      repositories.settings.update(settings, version),
    onSuccess: (saved) => queryClient.setQueryData(settingsQueryKey, saved),
    onError: (error) => {
      if (isDataError(error, 'conflict') && error.current) {
        queryClient.setQueryData(settingsQueryKey, error.current as AppSettings);
      }
    },
  });
}
