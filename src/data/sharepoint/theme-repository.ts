import type { SPFI } from '@pnp/sp';
import type { GoalRepository, ThemeRepository } from '../repositories';
import { itemWrites } from './item-writes';
import { goalItem, QUERIES, themeItem } from './mappers';
import { readMapped, siteList } from './site-lists';
import { syncThemeFolders } from './theme-folders';
import { guarded } from './to-data-error';

export function createThemeRepository(sp: SPFI, siteUrl: string): ThemeRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiThemes', QUERIES.themes, themeItem);
  return {
    list: () =>
      guarded(() =>
        readMapped(
          'MvoiThemes',
          siteList(sp, siteUrl, 'MvoiThemes').items.orderBy('SortOrder').orderBy('Id'),
          QUERIES.themes,
          themeItem,
        ),
      ),
    setOwner: async (themeId, ownerId, version) => {
      const theme = await writes.update(themeId, { OwnerId: ownerId ?? null }, version);
      // The new owner may change the theme's actions from now on, and the former one no longer.
      await guarded(() => syncThemeFolders(sp, siteUrl, themeId));
      return theme;
    },
  };
}

export function createGoalRepository(sp: SPFI, siteUrl: string): GoalRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiGoals', QUERIES.goals, goalItem);
  return {
    listByTheme: (themeId) =>
      guarded(() =>
        readMapped(
          'MvoiGoals',
          siteList(sp, siteUrl, 'MvoiGoals').items.filter(`ThemeId eq ${themeId}`).orderBy('Id'),
          QUERIES.goals,
          goalItem,
        ),
      ),
    create: (themeId, title) => writes.create({ Title: title, ThemeId: themeId }),
  };
}
