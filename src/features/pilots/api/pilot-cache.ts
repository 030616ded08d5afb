import type { QueryClient } from '@tanstack/react-query';
import { isDataError } from '../../../data/errors';
import type { PlanSnapshot } from '../../../data/repositories';
import { PILOT_STATUSES, type Pilot } from '../../../domain/pilot';
import { planQueryKey, themeBoardsQueryKey } from '../../../ui/use-plan';

/** Shows a saved pilot at once; theme boards list pilots too, so they read again when shown. */
export function putPilot(queryClient: QueryClient, pilot: Pilot): void {
  queryClient.setQueryData(planQueryKey, (plan: PlanSnapshot | undefined) =>
    plan
      ? {
          ...plan,
          pilots: plan.pilots.some((candidate) => candidate.id === pilot.id)
            ? plan.pilots.map((candidate) => (candidate.id === pilot.id ? pilot : candidate))
            : [...plan.pilots, pilot],
        }
      : plan,
  );
  void queryClient.invalidateQueries({ queryKey: themeBoardsQueryKey });
}

function isPilot(value: unknown): value is Pilot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Pilot>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.title === 'string' &&
    Array.isArray(candidate.themeIds) &&
    (PILOT_STATUSES as readonly unknown[]).includes(candidate.status)
  );
}

/** For a conflict: the pilot as someone else stored it. */
export function storedPilotOf(error: unknown): Pilot | undefined {
  return isDataError(error, 'conflict') && isPilot(error.current) ? error.current : undefined;
}
