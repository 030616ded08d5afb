import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PilotCommand } from '../../../domain/pilot';
import { useRepositories } from '../../../ui/repositories-context';
import { putPilot } from './pilot-cache';

export function useCreatePilot() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: PilotCommand) => repositories.pilots.create(command),
    onSuccess: (created) => putPilot(queryClient, created),
  });
}
