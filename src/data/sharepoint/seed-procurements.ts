import type { SPFI } from '@pnp/sp';
import { procurementKey } from '../../domain/procurement';
import type { SeedPlan } from '../../domain/seed-plan-types';
import { procurementFields } from './procurement-mappers';
import { readAll, siteList } from './site-lists';

interface StoredRef {
  Id: number;
  Title: string;
  ThemeKey?: string;
  ProcurementKey?: string;
}

/**
 * The plan's pilots on the procurement calendar: each one a procurement marked as pilot and
 * linked to its MvoiPilots item, which actions keep linking to. The plan gives no value, quarter,
 * kind or department for them, so those stay empty for the coordinator to fill in. Matched on
 * key, so a second run adds nothing. Returns how many were added.
 */
export async function seedPilotProcurements(
  sp: SPFI,
  siteUrl: string,
  plan: SeedPlan,
): Promise<number> {
  const read = (name: 'MvoiThemes' | 'MvoiPilots' | 'MvoiProcurements', ...select: string[]) =>
    readAll(siteList(sp, siteUrl, name).items.select(...select)) as Promise<StoredRef[]>;
  const [themes, pilots, stored] = await Promise.all([
    read('MvoiThemes', 'Id', 'Title', 'ThemeKey'),
    read('MvoiPilots', 'Id', 'Title'),
    read('MvoiProcurements', 'Id', 'Title', 'ProcurementKey'),
  ]);
  const storedKeys = new Set(stored.map((item) => item.ProcurementKey));
  const rows = plan.pilots.flatMap((pilot) => {
    const pilotId = pilots.find((item) => item.Title === pilot.title)?.Id;
    const command = {
      title: pilot.title,
      department: '',
      estimatedValueEur: undefined,
      publication: undefined,
      kind: undefined,
      themeIds: pilot.themeKeys.flatMap(
        (key) => themes.find((theme) => theme.ThemeKey === key)?.Id ?? [],
      ),
      status: 'planned' as const,
      isPilot: true,
      pilotId,
      criteriaChosen: false,
      sroiAgreed: false,
      criteriaNotes: '',
    };
    const key = procurementKey(command);
    return pilotId === undefined || storedKeys.has(key)
      ? []
      : [{ ...procurementFields(command), ProcurementKey: key }];
  });
  if (rows.length === 0) return 0;
  const [batch, execute] = sp.batched();
  const adds = rows.map((row) => siteList(batch, siteUrl, 'MvoiProcurements').items.add(row));
  await execute();
  await Promise.all(adds);
  return rows.length;
}
