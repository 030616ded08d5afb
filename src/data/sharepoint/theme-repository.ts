import type { SPFI } from '@pnp/sp';
import { themeInputSchema, type ThemeCommand } from '../../domain/theme-input';
import type { ThemeRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { itemWrites } from './item-writes';
import { QUERIES, themeItem } from './mappers';
import { readMapped, siteList } from './site-lists';
import { syncThemeFolders } from './theme-folders';
import { syncAssessmentFolders } from './assessment-folders';
import { guarded } from './to-data-error';

/** The theme's columns a coordinator edits; lists are stored one item a line. */
function themeFields(command: ThemeCommand) {
  return {
    Description: command.description,
    FocusAreas: command.focusAreas.join('\n'),
    LongTermGoals: command.longTermGoals.join('\n'),
    Policies: command.policies.join('\n'),
    BaselineLevel: command.baselineLevel,
    TargetLevel: command.targetLevel,
    OwnerId: command.ownerId ?? null,
  };
}

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
      // …and drafts the theme's yearly assessment.
      await guarded(() => syncAssessmentFolders(sp, siteUrl, themeId));
      return theme;
    },
    update: async (themeId, input, version) => {
      const theme = await writes.update(
        themeId,
        themeFields(validateCommand(themeInputSchema, input)),
        version,
      );
      // The owner may have changed: the theme's folders follow (safe to run when it did not).
      await guarded(() => syncThemeFolders(sp, siteUrl, themeId));
      await guarded(() => syncAssessmentFolders(sp, siteUrl, themeId));
      return theme;
    },
  };
}
