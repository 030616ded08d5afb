import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import type { ActionStatus } from '../../domain/action';
import {
  carriedHistoryOf,
  historyOf,
  type ActionVersion,
  type HistoryEntry,
} from '../../domain/action-history';
import { DataError } from '../errors';
import { ACTION_OUTCOME_CHOICES, ACTION_STATUS_CHOICES } from './list-schema';
import { siteList } from './site-lists';

const STATUS: Record<(typeof ACTION_STATUS_CHOICES)[number], ActionStatus> = {
  'Niet gestart': 'not-started',
  Bezig: 'in-progress',
  Gereed: 'done',
  Geblokkeerd: 'blocked',
};

const lookup = z.nullish(
  z.object({ LookupId: z.coerce.number(), LookupValue: z.nullish(z.string()) }),
);
// Version history answers some numbers as text; an empty one is no value.
const optionalNumber = z.pipe(
  z.nullish(z.union([z.number(), z.string()])),
  z.transform((value) =>
    value === null || value === undefined || value === '' ? undefined : Number(value),
  ),
);

/** One entry of `items(id)/versions`: the fields as that version stored them. */
const versionItem = z.pipe(
  z.object({
    VersionLabel: z.string(),
    Created: z.string(),
    Editor: lookup,
    Timing: z.nullish(z.string()),
    PlanYear: optionalNumber,
    Status: z.nullish(z.enum(ACTION_STATUS_CHOICES)),
    Owner: lookup,
    Outcome: z.nullish(z.enum(ACTION_OUTCOME_CHOICES)),
    OutcomeReason: z.nullish(z.string()),
  }),
  z.transform((item): ActionVersion => ({
    version: Number.parseInt(item.VersionLabel, 10),
    at: item.Created,
    by: item.Editor ? { id: item.Editor.LookupId, name: item.Editor.LookupValue ?? '' } : undefined,
    timing: item.Timing ?? '',
    planYear: item.PlanYear,
    status: item.Status ? STATUS[item.Status] : 'not-started',
    owner: item.Owner?.LookupValue ?? undefined,
    outcome:
      item.Outcome === undefined || item.Outcome === null
        ? undefined
        : item.Outcome === 'Doorgeschoven'
          ? 'carried'
          : 'stopped',
    reason: item.OutcomeReason ?? '',
  })),
);

function versionsOf(id: number, raw: unknown): ActionVersion[] {
  const parsed = z.array(versionItem).safeParse(raw);
  if (!parsed.success) {
    throw new DataError(
      'invalid',
      `MvoiActions ${id} history does not fit: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

/**
 * An action's history from SharePoint's version history; a carried-over action's includes the
 * earlier year's action it continues. Two requests: the action's versions with what it was carried
 * from, then that one's versions.
 */
export async function readActionHistory(
  sp: SPFI,
  siteUrl: string,
  id: number,
): Promise<HistoryEntry[]> {
  const item = (on: SPFI, itemId: number) =>
    siteList(on, siteUrl, 'MvoiActions').items.getById(itemId);
  const [batch, execute] = sp.batched();
  const versions = item(batch, id).versions();
  const source = item(batch, id).select('CarriedFromId')() as Promise<{
    CarriedFromId?: number | null;
  }>;
  await execute();
  const own = versionsOf(id, await versions);
  const fromId = (await source).CarriedFromId;
  if (!fromId) return historyOf(own);
  return carriedHistoryOf(versionsOf(fromId, await item(sp, fromId).versions()), own);
}
