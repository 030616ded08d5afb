import type { SPFI } from '@pnp/sp';
import type { SeedAction, SeedPlan } from '../../domain/seed-plan-types';
import { dueDateOf, parseTiming } from '../../domain/timing';
import { actionFields } from './mappers';
import type { ListName } from './list-schema';
import { readAll, siteList } from './site-lists';
import { addActions, syncThemeFolders } from './theme-folders';
import { seedPilotProcurements } from './seed-procurements';
import { syncAssessmentFolders } from './assessment-folders';

export interface SeedReport {
  created: Record<'themes' | 'goals' | 'pilots' | 'actions' | 'procurements', number>;
}

interface Stored {
  Id: number;
  Title: string;
  ThemeKey?: string;
  ThemeId?: number | null;
  GoalId?: number | null;
}

/**
 * Loads the plan into the lists. Items are matched on their natural keys (theme key; title within
 * theme and goal), so a second run adds nothing and edits made since are kept.
 */
export async function seedSite(sp: SPFI, siteUrl: string, plan: SeedPlan): Promise<SeedReport> {
  const read = (name: ListName, ...select: string[]) =>
    readAll(siteList(sp, siteUrl, name).items.select(...select)) as Promise<Stored[]>;
  const addAll = async (name: ListName, rows: Record<string, unknown>[]) => {
    const [batch, execute] = sp.batched();
    const adds = rows.map((row) => siteList(batch, siteUrl, name).items.add(row));
    await execute();
    await Promise.all(adds);
    return rows.length;
  };
  const created = { themes: 0, goals: 0, pilots: 0, actions: 0, procurements: 0 };

  const storedThemes = await read('MvoiThemes', 'Id', 'Title', 'ThemeKey');
  created.themes = await addAll(
    'MvoiThemes',
    plan.themes
      .map((theme, index) => ({ theme, index }))
      .filter(({ theme }) => !storedThemes.some((stored) => stored.ThemeKey === theme.key))
      .map(({ theme, index }) => ({
        Title: theme.name,
        ThemeKey: theme.key,
        SortOrder: index + 1,
        Description: theme.description,
        FocusAreas: theme.focusAreas.join('\n'),
        BaselineLevel: theme.baselineLevel,
        TargetLevel: theme.targetLevel,
        LongTermGoals: theme.longTermGoals.join('\n'),
        Policies: theme.policies.join('\n'),
      })),
  );
  const themeIds = new Map(
    (await read('MvoiThemes', 'Id', 'ThemeKey')).map((theme) => [theme.ThemeKey ?? '', theme.Id]),
  );
  const themeId = (key: string) => themeIds.get(key) ?? null;

  const storedPilots = await read('MvoiPilots', 'Id', 'Title');
  created.pilots = await addAll(
    'MvoiPilots',
    plan.pilots
      .filter((pilot) => !storedPilots.some((stored) => stored.Title === pilot.title))
      .map((pilot) => ({
        Title: pilot.title,
        ThemesId: pilot.themeKeys.map(themeId).filter((id) => id !== null),
        Year: pilot.year,
        PilotStatus: 'Gepland',
        Description: pilot.description,
      })),
  );
  const pilotIds = new Map(
    (await read('MvoiPilots', 'Id', 'Title')).map((pilot) => [pilot.Title, pilot.Id]),
  );

  const storedGoals = await read('MvoiGoals', 'Id', 'Title', 'ThemeId');
  const goalRows = plan.themes.flatMap((theme) =>
    theme.goals
      .map((goal, index) => ({ goal, index }))
      .filter(
        ({ goal }) =>
          !storedGoals.some(
            (stored) => stored.ThemeId === themeId(theme.key) && stored.Title === goal.title,
          ),
      )
      .map(({ goal, index }) => ({
        Title: goal.title,
        ThemeId: themeId(theme.key),
        SortOrder: index + 1,
      })),
  );
  if (goalRows.length > 0) {
    // Each theme's goals go into its folder, where only its owner writes.
    await syncThemeFolders(sp, siteUrl);
    created.goals = (await addActions(sp, siteUrl, goalRows, 'MvoiGoals')).length;
  }
  const goals = await read('MvoiGoals', 'Id', 'Title', 'ThemeId');
  const goalId = (themeKey: string, title: string) =>
    goals.find((goal) => goal.ThemeId === themeId(themeKey) && goal.Title === title)?.Id;

  const placed = [
    ...plan.themes.flatMap((theme) =>
      theme.goals.flatMap((goal) =>
        goal.actions.map((action) => ({
          action,
          themeId: themeId(theme.key),
          goalId: goalId(theme.key, goal.title),
        })),
      ),
    ),
    ...plan.organisationActions.map((action) => ({ action, themeId: null, goalId: undefined })),
  ];
  const storedActions = await read('MvoiActions', 'Id', 'Title', 'ThemeId', 'GoalId');
  const actionRows = placed
    .map((place, index) => ({ ...place, sortOrder: index + 1 }))
    .filter(
      ({ action, themeId: theme, goalId: goal }) =>
        !storedActions.some(
          (stored) =>
            stored.Title === action.title &&
            (stored.ThemeId ?? null) === theme &&
            (stored.GoalId ?? undefined) === goal,
        ),
    )
    .map(({ action, themeId: theme, goalId: goal, sortOrder }) => ({
      ...actionRow(action, theme, goal, pilotIds, plan.year),
      SortOrder: sortOrder,
    }));
  if (actionRows.length > 0) {
    // Each theme's actions go into its folder, which must exist first.
    await syncThemeFolders(sp, siteUrl);
    created.actions = (await addActions(sp, siteUrl, actionRows)).length;
  }
  // Each theme's owner drafts its yearly assessments in its folder; the plan's nulmeting stays
  // on the theme as its baseline, and no assessment is made up.
  await syncAssessmentFolders(sp, siteUrl);
  created.procurements = await seedPilotProcurements(sp, siteUrl, plan);
  return { created };
}

function actionRow(
  action: SeedAction,
  themeId: number | null,
  goalId: number | undefined,
  pilotIds: Map<string, number>,
  planYear: number,
) {
  return actionFields(
    {
      themeId: themeId ?? undefined,
      goalId,
      title: action.title,
      description: action.description,
      timing: action.timing,
      status: 'not-started',
      ownerId: undefined,
      pilotIds: action.pilotTitles.flatMap((title) => pilotIds.get(title) ?? []),
      planYear,
      progressNotes: [],
    },
    dueDateOf(parseTiming(action.timing)),
  );
}
