import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isDataError } from '../../../data/errors';
import type { ReadResult } from '../../../data/repositories';
import type { Procurement, ProcurementCommand } from '../../../domain/procurement';
import type { ProcurementImportCommand } from '../../../domain/procurement-import';
import { useRepositories } from '../../../ui/repositories-context';

export const procurementsQueryKey = ['procurements'] as const;

export function useProcurements() {
  const repositories = useRepositories();
  return useQuery({
    queryKey: procurementsQueryKey,
    queryFn: () => repositories.procurements.list(),
  });
}

function putProcurement(queryClient: QueryClient, procurement: Procurement): void {
  queryClient.setQueryData(procurementsQueryKey, (read: ReadResult<Procurement> | undefined) =>
    read
      ? {
          ...read,
          items: read.items.some((item) => item.id === procurement.id)
            ? read.items.map((item) => (item.id === procurement.id ? procurement : item))
            : [...read.items, procurement],
        }
      : read,
  );
}

function isProcurement(value: unknown): value is Procurement {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Procurement>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.key === 'string' &&
    Array.isArray(candidate.themeIds)
  );
}

/** For a conflict: the procurement as someone else stored it. */
export function storedProcurementOf(error: unknown): Procurement | undefined {
  return isDataError(error, 'conflict') && isProcurement(error.current) ? error.current : undefined;
}

export function useCreateProcurement() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: ProcurementCommand) => repositories.procurements.create(command),
    onSuccess: (created) => putProcurement(queryClient, created),
  });
}

export function useUpdateProcurement() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      command,
      version,
    }: {
      id: number;
      command: ProcurementCommand;
      version: string;
    }) => repositories.procurements.update(id, command, version),
    onSuccess: (saved) => putProcurement(queryClient, saved),
    onError: (error) => {
      const stored = storedProcurementOf(error);
      if (stored) putProcurement(queryClient, stored);
    },
  });
}

/** Whatever the import wrote, the calendar is read again after it. */
export function useImportProcurements() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rows: readonly ProcurementImportCommand[]) =>
      repositories.procurements.importRows(rows),
    onSettled: () => queryClient.invalidateQueries({ queryKey: procurementsQueryKey }),
  });
}
