import type { SPFI } from '@pnp/sp';
import { actionUpdateSchema } from '../../domain/action';
import {
  emptyDraft,
  planUpdateDraftSchema,
  planUpdateWrites,
  type PlanUpdateDraft,
  type PlanUpdateWrites,
} from '../../domain/plan-update';
import { dueDateOf, parseTiming } from '../../domain/timing';
import { DataError } from '../errors';
import type { PlanUpdateProgress, PlanUpdateRepository, StoredPlanUpdate } from '../repositories';
import { validateCommand } from '../validate-command';
import { listUrl } from './list-schema';
import { actionFields, actionItem, outcomeChoice, QUERIES } from './mappers';
import { readAll, readMapped, siteList } from './site-lists';
import { themeFolderPath } from './theme-folders';
import { guarded, toDataError } from './to-data-error';

interface DraftItem {
  Id: number;
  Value: string | null;
  owshiddenversion: number;
}

interface FormResult {
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ErrorMessage: string | null;
}

interface ThemeTargets {
  Id: number;
  YearTargets: string | null;
  owshiddenversion: number;
}

/** The draft of a year is one MvoiSettings item: Title the key, Value its JSON. */
export function planUpdateKey(year: number): string {
  return `plan-update-${year}`;
}

function parseDraft(year: number, item: DraftItem | undefined): PlanUpdateDraft {
  if (!item?.Value) return emptyDraft(year);
  let value: unknown;
  try {
    value = JSON.parse(item.Value);
  } catch {
    throw new DataError('invalid', `${planUpdateKey(year)} is not JSON`);
  }
  const parsed = planUpdateDraftSchema.safeParse(value);
  if (!parsed.success || parsed.data.year !== year) {
    throw new DataError('invalid', `${planUpdateKey(year)} does not fit the draft`);
  }
  return parsed.data;
}

const etagOf = (version: number) => `"${version}"`;

/** Settles every write of a batch; returns the failures as data errors. */
/**
 * The refusals among a batch's writes. Call it before sending the batch: watched from the start,
 * a refusal is never an unhandled rejection while the batch is still answering.
 */
async function failuresOf(writes: readonly Promise<unknown>[]): Promise<DataError[]> {
  const outcomes = await Promise.allSettled(writes);
  return Promise.all(
    outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [toDataError(outcome.reason)] : [],
    ),
  );
}

export function createPlanUpdateRepository(sp: SPFI, siteUrl: string): PlanUpdateRepository {
  const settings = (on: SPFI = sp) => siteList(on, siteUrl, 'MvoiSettings');
  const actions = (on: SPFI = sp) => siteList(on, siteUrl, 'MvoiActions');

  const readItem = async (year: number): Promise<DraftItem | undefined> => {
    const items = (await settings()
      .items.filter(`Title eq '${planUpdateKey(year)}'`)
      .select('Id', 'Value', 'owshiddenversion')
      .orderBy('Id')
      .top(1)()) as DraftItem[];
    return items[0];
  };
  const stored = (year: number, item: DraftItem | undefined): StoredPlanUpdate => ({
    draft: parseDraft(year, item),
    version: item ? etagOf(item.owshiddenversion) : undefined,
  });

  /** Writes the draft's JSON with If-Match; the first save of a year adds its item. */
  const write = async (draft: PlanUpdateDraft, version: string | undefined) => {
    const valid = validateCommand(planUpdateDraftSchema, draft);
    const Value = JSON.stringify(valid);
    const item = await readItem(valid.year);
    if (!item) {
      if (version !== undefined) throw new DataError('conflict', 'The draft was removed');
      await settings().items.add({ Title: planUpdateKey(valid.year), Value });
    } else {
      if (version === undefined) throw new DataError('conflict', 'Another draft was saved first');
      await settings().items.getById(item.Id).update({ Value }, version);
    }
    return stored(valid.year, await readItem(valid.year));
  };

  /** The copies that exist already, by carry key (one indexed query per key, in one batch). */
  const copiesByKey = async (keys: readonly string[]) => {
    const [batch, execute] = sp.batched();
    const reads = keys.map(
      (key) =>
        actions(batch)
          .items.filter(`CarryKey eq '${key.replace(/'/g, "''")}'`)
          .select('Id', 'PlanYear')() as Promise<{ Id: number; PlanYear: number | null }[]>,
    );
    await execute();
    const found = new Map<string, { id: number; complete: boolean }>();
    const results = await Promise.all(reads);
    keys.forEach((key, index) => {
      const [copy] = results[index] ?? [];
      if (copy) found.set(key, { id: copy.Id, complete: copy.PlanYear !== null });
    });
    return found;
  };

  /**
   * Adds the new year's actions: first bare, with their unique carry key, in their theme's
   * folder (SharePoint refuses a second item with one key, so a retry or a second apply adds
   * none), then their fields. Returns each carry key's action id.
   */
  const create = async (
    year: number,
    creates: PlanUpdateWrites['creates'],
    progress: PlanUpdateProgress,
  ) => {
    const existing = await copiesByKey(creates.map((row) => row.carryKey));
    const missing = creates.filter((row) => !existing.has(row.carryKey));
    if (missing.length) {
      const [batch, execute] = sp.batched();
      const adds = missing.map(
        (row) =>
          actions(batch).addValidateUpdateItemUsingPath(
            [
              { FieldName: 'Title', FieldValue: row.title },
              { FieldName: 'CarryKey', FieldValue: row.carryKey },
              ...(row.themeId === undefined
                ? []
                : [{ FieldName: 'Theme', FieldValue: String(row.themeId) }]),
            ],
            row.themeId === undefined
              ? listUrl(siteUrl, 'MvoiActions')
              : themeFolderPath(siteUrl, row.themeId),
          ) as Promise<FormResult[]>,
      );
      // A refused add (a duplicate key from a second apply) shows in the reread below; watched
      // before the batch is sent, it is never an unhandled rejection meanwhile.
      const settled = Promise.allSettled(adds);
      await execute();
      await settled;
    }
    const ids = await copiesByKey(creates.map((row) => row.carryKey));
    const incomplete = creates.filter((row) => ids.get(row.carryKey)?.complete === false);
    const [batch, execute] = sp.batched();
    const updates = incomplete.map((row) => {
      const command = validateCommand(actionUpdateSchema, {
        themeId: row.themeId,
        goalId: row.goalId,
        title: row.title,
        timing: row.timing,
        status: row.status,
        ownerId: row.ownerId,
        pilotIds: row.pilotIds,
        planYear: year,
        description: row.description,
      });
      const fields = {
        ...actionFields(command, dueDateOf(parseTiming(command.timing))),
        CarriedFromId: row.fromId ?? null,
      };
      // Just added by this apply, bare: nobody else has written it.
      return actions(batch)
        .items.getById(ids.get(row.carryKey)?.id ?? 0)
        .update(fields, '*');
    });
    const failed = failuresOf(updates);
    await execute();
    const failures = await failed;
    progress.created += creates.filter((row) => ids.has(row.carryKey)).length - failures.length;
    if (creates.some((row) => !ids.has(row.carryKey)) || failures[0]) {
      throw failures[0] ?? new DataError('unknown', 'SharePoint added not every new action');
    }
    return new Map([...ids].map(([key, { id }]) => [key, id]));
  };

  const close = async (
    closes: PlanUpdateWrites['closes'],
    copyIds: Map<string, number>,
    progress: PlanUpdateProgress,
  ) => {
    const [batch, execute] = sp.batched();
    const updates = closes.map((row) => {
      const fields =
        row.kind === 'done'
          ? { Status: 'Gereed' }
          : row.kind === 'stopped'
            ? { Outcome: outcomeChoice('stopped'), OutcomeReason: row.reason }
            : { Outcome: outcomeChoice('carried'), CarriedToId: copyIds.get(row.carryKey) };
      return actions(batch).items.getById(row.id).update(fields, row.version);
    });
    const failed = failuresOf(updates);
    await execute();
    const failures = await failed;
    progress.closed += closes.length - failures.length;
    if (failures[0]) throw failures[0];
  };

  const setTargets = async (
    year: number,
    targets: PlanUpdateWrites['targets'],
    progress: PlanUpdateProgress,
  ) => {
    if (!targets.length) return;
    const themes = (await readAll(
      siteList(sp, siteUrl, 'MvoiThemes').items.select('Id', 'YearTargets', 'owshiddenversion'),
    )) as ThemeTargets[];
    const [batch, execute] = sp.batched();
    const updates = targets.flatMap(({ themeId, level }) => {
      const theme = themes.find(({ Id }) => Id === themeId);
      if (!theme) return [Promise.reject(new DataError('not-found', `No theme ${themeId}`))];
      let current: Record<string, number> = {};
      try {
        current = theme.YearTargets ? (JSON.parse(theme.YearTargets) as typeof current) : {};
      } catch {
        // An unreadable value is replaced by a readable one.
      }
      if (current[String(year)] === level) return [];
      const YearTargets = JSON.stringify({ ...current, [String(year)]: level });
      return [
        siteList(batch, siteUrl, 'MvoiThemes')
          .items.getById(themeId)
          .update({ YearTargets }, etagOf(theme.owshiddenversion)),
      ];
    });
    const failed = failuresOf(updates);
    await execute();
    const failures = await failed;
    progress.targets += targets.length - failures.length;
    if (failures[0]) throw failures[0];
  };

  return {
    get: (year) => guarded(async () => stored(year, await readItem(year))),
    save: (draft, version) => guarded(() => write(draft, version)),
    apply: (year, version) =>
      guarded(async () => {
        const progress: PlanUpdateProgress = { created: 0, closed: 0, targets: 0 };
        const current = stored(year, await readItem(year));
        if (current.version !== version) {
          throw new DataError('conflict', 'The draft changed since it was read');
        }
        if (current.draft.appliedAt) return progress;
        // The claim: one apply per read of the draft; a second one from the same read gets 412.
        const claimed = await write(
          { ...current.draft, claimedAt: new Date().toISOString() },
          version,
        );
        try {
          const all = await readMapped(
            'MvoiActions',
            actions().items.orderBy('Id'),
            QUERIES.actions,
            actionItem,
          );
          const writes = planUpdateWrites(all.items, claimed.draft);
          const copyIds = await create(year, writes.creates, progress);
          await close(writes.closes, copyIds, progress);
          await setTargets(year, writes.targets, progress);
          await write({ ...claimed.draft, appliedAt: new Date().toISOString() }, claimed.version);
          return progress;
        } catch (error) {
          const failure = await toDataError(error);
          throw new DataError(failure.kind, failure.detail, { cause: error, current: progress });
        }
      }),
  };
}
