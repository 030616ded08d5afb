import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PilotCommand } from '../../../domain/pilot';
import { useRepositories } from '../../../ui/repositories-context';
import { putPilot, storedPilotOf } from './pilot-cache';

export interface UpdatePilotVariables {
  id: number;
  command: PilotCommand;
  /** The version the user started from; a newer stored version makes this a conflict. */
  version: string;
}

export function useUpdatePilot() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, command, version }: UpdatePilotVariables) =>
      repositories.pilots.update(id, command, version),
    onSuccess: (saved) => putPilot(queryClient, saved),
    onError: (error) => {
      const stored = storedPilotOf(error);
      if (stored) putPilot(queryClient, stored);
    },
  });
}
