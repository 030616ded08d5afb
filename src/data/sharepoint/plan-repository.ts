import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { DataError } from '../errors';
import type { PlanRepository, PlanSnapshot, ThemeBoard } from '../repositories';
import { inGoalOrder } from './goal-repository';
import type { ListName } from './list-schema';
import {
  actionSummaryItem,
  CLOSED_ACTIONS,
  goalItem,
  mapItems,
  OPEN_ACTIONS,
  pilotItem,
  QUERIES,
  themeItem,
} from './mappers';
import { PAGE_SIZE, readAll, siteList, withQuery } from './site-lists';
import { guarded } from './to-data-error';

type Read = { name: ListName; items: IItems };

function idOf(item: unknown): number {
  return typeof item === 'object' && item !== null && 'Id' in item ? Number(item.Id) : 0;
}

/**
 * Reads several lists in one `$batch`, each ordered by Id. A list that fills a whole page goes on
 * from its last Id, page by page (`$skiptoken`, which SharePoint answers from the Id index at any
 * list size), so lists beyond SharePoint's page size are complete without reading a page twice.
 */
async function readBatched(sp: SPFI, reads: (batch: SPFI) => Read[]): Promise<unknown[][]> {
  const [batch, execute] = sp.batched();
  const pending = reads(batch).map(({ items }) => items.top(PAGE_SIZE)() as Promise<unknown[]>);
  await execute();
  const pages = await Promise.all(pending);
  const direct = pages.some((page) => page.length === PAGE_SIZE) ? reads(sp) : [];
  return Promise.all(
    pages.map(async (page, index) => {
      const read = direct[index];
      if (page.length < PAGE_SIZE || !read) return page;
      return [...page, ...(await readAll(read.items.skip(idOf(page.at(-1)))))];
    }),
  );
}

export function createPlanRepository(sp: SPFI, siteUrl: string): PlanRepository {
  const queryOf = (on: SPFI, name: ListName, query: (typeof QUERIES)[keyof typeof QUERIES]) =>
    withQuery(siteList(on, siteUrl, name).items, query).orderBy('Id');

  return {
    loadPlan: () =>
      guarded(async (): Promise<PlanSnapshot> => {
        const [themes, goals, actions, pilots] = await readBatched(sp, (on) => [
          { name: 'MvoiThemes', items: queryOf(on, 'MvoiThemes', QUERIES.themes) },
          { name: 'MvoiGoals', items: queryOf(on, 'MvoiGoals', QUERIES.goals) },
          { name: 'MvoiActions', items: queryOf(on, 'MvoiActions', QUERIES.actionSummaries) },
          { name: 'MvoiPilots', items: queryOf(on, 'MvoiPilots', QUERIES.pilots) },
        ]);
        const mapped = {
          themes: mapItems('MvoiThemes', themes ?? [], themeItem),
          goals: mapItems('MvoiGoals', inGoalOrder(goals ?? []), goalItem),
          actions: mapItems('MvoiActions', actions ?? [], actionSummaryItem()),
          pilots: mapItems('MvoiPilots', pilots ?? [], pilotItem),
        };
        return {
          themes: mapped.themes.items,
          goals: mapped.goals.items,
          actions: mapped.actions.items,
          pilots: mapped.pilots.items,
          problems: Object.values(mapped).flatMap((result) => result.problems),
        };
      }),

    loadThemeBoard: (themeKey) =>
      guarded(async (): Promise<ThemeBoard> => {
        const themes = mapItems(
          'MvoiThemes',
          await queryOf(sp, 'MvoiThemes', QUERIES.themes).filter(
            `ThemeKey eq '${themeKey.replace(/'/g, "''")}'`,
          )(),
          themeItem,
        );
        const theme = themes.items[0];
        if (!theme) {
          throw new DataError('not-found', `No theme with key ${themeKey}`);
        }
        const inTheme = `ThemeId eq ${theme.id}`;
        const [goals, openActions, closedActions, pilots] = await readBatched(sp, (on) => [
          { name: 'MvoiGoals', items: queryOf(on, 'MvoiGoals', QUERIES.goals).filter(inTheme) },
          {
            name: 'MvoiActions',
            items: queryOf(on, 'MvoiActions', QUERIES.openCards).filter(
              `${inTheme} and ${OPEN_ACTIONS}`,
            ),
          },
          {
            name: 'MvoiActions',
            items: queryOf(on, 'MvoiActions', QUERIES.closedCards).filter(
              `${inTheme} and ${CLOSED_ACTIONS}`,
            ),
          },
          { name: 'MvoiPilots', items: queryOf(on, 'MvoiPilots', QUERIES.pilots) },
        ]);
        const actions = [...(openActions ?? []), ...(closedActions ?? [])].sort(
          (a, b) => idOf(a) - idOf(b),
        );
        const mapped = {
          themes,
          goals: mapItems('MvoiGoals', inGoalOrder(goals ?? []), goalItem),
          actions: mapItems('MvoiActions', actions, actionSummaryItem()),
          pilots: mapItems('MvoiPilots', pilots ?? [], pilotItem),
        };
        return {
          theme,
          goals: mapped.goals.items,
          actions: mapped.actions.items,
          pilots: mapped.pilots.items.filter((pilot) => pilot.themeIds.includes(theme.id)),
          problems: Object.values(mapped).flatMap((result) => result.problems),
        };
      }),
  };
}
