import type { SPFI } from '@pnp/sp';
import type { Goal } from '../../domain/goal';
import { goalTitleSchema, type GoalRemoval } from '../../domain/theme-input';
import { DataError } from '../errors';
import type { GoalRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { itemWrites } from './item-writes';
import { goalItem, isFolderItem, mapItems, QUERIES } from './mappers';
import { readAll, siteList, withQuery } from './site-lists';
import { addActionItems } from './theme-folders';
import { guarded, toDataError } from './to-data-error';

interface StoredOrder {
  Id: number;
  SortOrder?: number | null;
}

/** Goals in their theme's order (SortOrder), then as they were added; folders are not goals. */
export function inGoalOrder(rows: readonly unknown[]): unknown[] {
  const order = (row: unknown) => {
    const { Id, SortOrder } = row as StoredOrder;
    return [SortOrder ?? Number.MAX_SAFE_INTEGER, Id] as const;
  };
  return rows
    .filter((row) => !isFolderItem(row))
    .sort((a, b) => {
      const [orderA, idA] = order(a);
      const [orderB, idB] = order(b);
      return orderA - orderB || idA - idB;
    });
}

interface StoredAction {
  Id: number;
  'odata.etag': string;
}

/**
 * Waits for every request of a batch; the first refusal is what the caller is told. Call it before
 * sending the batch, so a refusal is watched while the batch is still answering.
 */
async function allOrFirstError(pending: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(pending);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw await toDataError(failed.reason);
}

/**
 * Goals live in their theme's folder of MvoiGoals, where only the theme's owner (and the
 * coordinators) write: SharePoint refuses anyone else, whatever the app offers.
 */
export function createGoalRepository(sp: SPFI, siteUrl: string): GoalRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiGoals', QUERIES.goals, goalItem);
  const goals = (on: SPFI = sp) => siteList(on, siteUrl, 'MvoiGoals');
  const listByTheme = (themeId: number) =>
    guarded(async () =>
      mapItems(
        'MvoiGoals',
        inGoalOrder(
          await readAll(withQuery(goals().items.filter(`ThemeId eq ${themeId}`), QUERIES.goals)),
        ),
        goalItem,
      ),
    );

  return {
    listByTheme,
    create: (themeId, title) =>
      guarded(async () => {
        const valid = validateCommand(goalTitleSchema, title);
        const stored = (await readAll(
          goals().items.filter(`ThemeId eq ${themeId}`).select('Id', 'FSObjType', 'SortOrder'),
        )) as StoredOrder[];
        const last = Math.max(
          0,
          ...inGoalOrder(stored).map((row, index) => (row as StoredOrder).SortOrder ?? index + 1),
        );
        const row = { Title: valid, ThemeId: themeId, SortOrder: last + 1 };
        const [added] = await addActionItems(sp, siteUrl, [row], 'MvoiGoals');
        if (!added) throw new DataError('unknown', 'SharePoint created no goal');
        try {
          return await writes.update(added.id, row, '*');
        } catch (error) {
          await writes.delete(added.id, '*').catch(() => undefined);
          throw error;
        }
      }),
    rename: (goalId, title, version) =>
      writes.update(goalId, { Title: validateCommand(goalTitleSchema, title) }, version),
    reorder: (ordered) =>
      guarded(async () => {
        const [batch, execute] = sp.batched();
        const updates = ordered.map((goal, index) =>
          goals(batch)
            .items.getById(goal.id)
            .update({ SortOrder: index + 1 }, goal.version),
        );
        const done = allOrFirstError(updates);
        await execute();
        await done;
      }),
    delete: (goalId, version, removal) =>
      guarded(async () => {
        // A stale view of the goal stops here, before any of its actions is touched.
        const goal = await writes.get(goalId);
        if (goal.version !== version) {
          throw new DataError('conflict', `MvoiGoals ${goalId} changed`, { current: goal });
        }
        const target = await targetOf(goal, removal);
        const actions = siteList(sp, siteUrl, 'MvoiActions');
        const stored = (await readAll(
          actions.items.filter(`GoalId eq ${goalId}`).select('Id', 'FSObjType'),
        )) as StoredAction[];
        const goalActions = stored.filter((action) => !isFolderItem(action));
        if (goalActions.length > 0) {
          const [batch, execute] = sp.batched();
          const changes = goalActions.map((action) => {
            const item = siteList(batch, siteUrl, 'MvoiActions').items.getById(action.Id);
            return removal.actions === 'delete'
              ? item.delete(action['odata.etag'])
              : item.update({ GoalId: target?.id ?? null }, action['odata.etag']);
          });
          const done = allOrFirstError(changes);
          await execute();
          // The goal stays until every action is where the user chose: nothing is left dangling.
          await done;
        }
        await writes.delete(goalId, version);
      }),
  };

  async function targetOf(goal: Goal, removal: GoalRemoval): Promise<Goal | undefined> {
    if (removal.actions !== 'move-to') return undefined;
    const target = await writes.get(removal.goalId);
    if (target.themeId !== goal.themeId || target.id === goal.id) {
      throw new DataError('invalid', `Goal ${removal.goalId} is not another goal of the theme`);
    }
    return target;
  }
}
