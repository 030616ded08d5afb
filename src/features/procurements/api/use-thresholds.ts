import { useQuery } from '@tanstack/react-query';
import {
  DEFAULT_PROCUREMENT_THRESHOLDS,
  type ProcurementThreshold,
} from '../../../domain/procurement-thresholds';
import { useRepositories } from '../../../ui/repositories-context';

/** The settings query's own cache entry (as the data root and the settings page read it). */
const settingsQueryKey = ['settings'] as const;

/** The thresholds the coordinator keeps in the settings; none stored are the plan's defaults. */
export function useThresholds() {
  const repositories = useRepositories();
  return useQuery({
    queryKey: settingsQueryKey,
    queryFn: () => repositories.settings.get(),
    select: (settings): readonly ProcurementThreshold[] =>
      settings.procurementThresholds ?? DEFAULT_PROCUREMENT_THRESHOLDS,
  });
}
