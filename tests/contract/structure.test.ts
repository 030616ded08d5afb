import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/data/repositories';
import { provisionSite } from '../../src/data/sharepoint/provision-site';
import { listUrl } from '../../src/data/sharepoint/list-schema';
import type { Theme } from '../../src/domain/theme';
import { themeCommandOf } from '../../src/domain/theme-input';
import { startLocalSite, type LocalSite } from '../support/local-site';

/**
 * Editing the plan's structure (themes and goals) through real PnPjs against the local SharePoint:
 * who may change what is SharePoint's answer, not only the app's.
 */
describe('plan structure against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let klimaatOwner: Repositories;
  let circulairOwner: Repositories;
  let colleague: Repositories;

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, klimaatOwner, circulairOwner, colleague] = await Promise.all([
      site.as('coordinator'),
      site.as('klimaat-owner'),
      site.as('circulair-owner'),
      site.as('colleague'),
    ]);
  });
  afterAll(() => site.close());

  const theme = async (key: string): Promise<Theme> => {
    const found = (await coordinator.themes.list()).items.find((item) => item.key === key);
    if (!found) throw new Error(`no ${key} theme`);
    return found;
  };
  const goalTitles = async (themeId: number) =>
    (await coordinator.goals.listByTheme(themeId)).items.map((goal) => goal.title);

  it('lets a theme’s owner create, rename, reorder and remove its goals, in the theme’s order', async () => {
    const klimaat = await theme('klimaat');
    const before = await goalTitles(klimaat.id);

    const created = await klimaatOwner.goals.create(klimaat.id, '  Nieuw doel  ');
    expect(created).toMatchObject({ themeId: klimaat.id, title: 'Nieuw doel' });
    expect(await goalTitles(klimaat.id)).toEqual([...before, 'Nieuw doel']);

    const renamed = await klimaatOwner.goals.rename(created.id, 'Eerste doel', created.version);
    const goals = (await klimaatOwner.goals.listByTheme(klimaat.id)).items;
    const moved = [goals.find((goal) => goal.id === renamed.id), ...goals.slice(0, -1)];
    await klimaatOwner.goals.reorder(moved.map((goal) => goal ?? renamed));
    expect(await goalTitles(klimaat.id)).toEqual(['Eerste doel', ...before]);
    // The plan read shows the same order, as the theme page and the board do.
    const plan = await colleague.plan.loadPlan();
    expect(
      plan.goals.filter((goal) => goal.themeId === klimaat.id).map((goal) => goal.title),
    ).toEqual(['Eerste doel', ...before]);

    const stored = (await klimaatOwner.goals.listByTheme(klimaat.id)).items[0];
    await klimaatOwner.goals.delete(renamed.id, stored?.version ?? '', { actions: 'detach' });
    expect(await goalTitles(klimaat.id)).toEqual(before);
  });

  it('lets SharePoint refuse a theme owner the goals of another theme, and a colleague all of them', async () => {
    const circulair = await theme('circulair');
    const [goal] = (await coordinator.goals.listByTheme(circulair.id)).items;
    if (!goal) throw new Error('no circulair goal');
    const before = await goalTitles(circulair.id);

    for (const outsider of [klimaatOwner, colleague]) {
      await expect(outsider.goals.create(circulair.id, 'Gekaapt')).rejects.toMatchObject({
        kind: 'forbidden',
      });
      await expect(outsider.goals.rename(goal.id, 'Gekaapt', goal.version)).rejects.toMatchObject({
        kind: 'forbidden',
      });
      await expect(
        outsider.goals.delete(goal.id, goal.version, { actions: 'detach' }),
      ).rejects.toMatchObject({ kind: 'forbidden' });
    }
    // Nor past the app, at the top of the list, where no theme's owner writes.
    const raw = await site.spAs('klimaat-owner');
    await expect(
      raw.web
        .getList(listUrl(site.siteUrl, 'MvoiGoals'))
        .items.add({ Title: 'Gekaapt', ThemeId: circulair.id }),
    ).rejects.toMatchObject({ status: 403 });
    expect(await goalTitles(circulair.id)).toEqual(before);

    // Their own theme's owner may, and so may the coordinator.
    const own = await circulairOwner.goals.rename(goal.id, `${goal.title} (eigen)`, goal.version);
    const back = await coordinator.goals.rename(goal.id, goal.title, own.version);
    expect(back.title).toBe(goal.title);
  });

  it('moves a removed goal’s actions to another goal first, or removes them with it', async () => {
    const board = await coordinator.plan.loadThemeBoard('klimaat');
    const [first, second] = board.goals;
    if (!first || !second) throw new Error('klimaat needs two goals');
    const actionsOf = async (goalId: number) =>
      (await coordinator.plan.loadThemeBoard('klimaat')).actions
        .filter((action) => action.goalId === goalId)
        .map((action) => action.id)
        .sort();
    const firstActions = await actionsOf(first.id);
    const secondActions = await actionsOf(second.id);
    expect(firstActions.length).toBeGreaterThan(0);

    await expect(
      klimaatOwner.goals.delete(first.id, '"0"', { actions: 'move-to', goalId: second.id }),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(await actionsOf(first.id)).toEqual(firstActions);

    await klimaatOwner.goals.delete(first.id, first.version, {
      actions: 'move-to',
      goalId: second.id,
    });
    expect(await actionsOf(second.id)).toEqual([...firstActions, ...secondActions].sort());
    expect(await goalTitles(board.theme.id)).not.toContain(first.title);

    const extra = await klimaatOwner.goals.create(board.theme.id, 'Tijdelijk doel');
    const action = await klimaatOwner.actions.create({
      themeId: board.theme.id,
      goalId: extra.id,
      title: 'Gaat mee weg',
      timing: 'Q3 2026',
    });
    await klimaatOwner.goals.delete(extra.id, extra.version, { actions: 'delete' });
    await expect(coordinator.actions.get(action.id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('lets the coordinator edit a theme, and no theme owner, not even its own', async () => {
    const klimaat = await theme('klimaat');
    const input = {
      ...themeCommandOf(klimaat),
      description: 'Nieuwe omschrijving',
      focusAreas: 'Energie\n\n  Mobiliteit ',
      targetLevel: 5,
    };
    await expect(
      klimaatOwner.themes.update(klimaat.id, input, klimaat.version),
    ).rejects.toMatchObject({ kind: 'forbidden' });

    const saved = await coordinator.themes.update(klimaat.id, input, klimaat.version);
    expect(saved).toMatchObject({
      description: 'Nieuwe omschrijving',
      focusAreas: ['Energie', 'Mobiliteit'],
      targetLevel: 5,
      owner: klimaat.owner,
    });
    await expect(
      coordinator.themes.update(klimaat.id, { ...input, description: 'Oud' }, klimaat.version),
    ).rejects.toMatchObject({ kind: 'conflict', current: { description: 'Nieuwe omschrijving' } });
    await expect(
      coordinator.themes.update(
        klimaat.id,
        { ...input, baselineLevel: 5, targetLevel: 2 },
        saved.version,
      ),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('hands the goals to a theme’s new owner (update or setOwner), and takes them from the former one', async () => {
    const site = await startLocalSite();
    try {
      const [coordinator, former, successor] = await Promise.all([
        site.as('coordinator'),
        site.as('klimaat-owner'),
        site.as('circulair-owner'),
      ]);
      const klimaat = (await coordinator.themes.list()).items.find(
        (item) => item.key === 'klimaat',
      );
      if (!klimaat) throw new Error('no klimaat theme');
      const [goal] = (await coordinator.goals.listByTheme(klimaat.id)).items;
      if (!goal) throw new Error('no goal');
      const successorId = (await successor.people.currentUser()).id;

      await coordinator.themes.update(
        klimaat.id,
        { ...themeCommandOf(klimaat), ownerId: successorId },
        klimaat.version,
      );

      const renamed = await successor.goals.rename(goal.id, 'Van de opvolger', goal.version);
      await expect(
        former.goals.rename(goal.id, 'Van de vorige', renamed.version),
      ).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(former.goals.create(klimaat.id, 'Te laat')).rejects.toMatchObject({
        kind: 'forbidden',
      });
      expect((await coordinator.goals.listByTheme(klimaat.id)).items[0]?.title).toBe(
        'Van de opvolger',
      );

      // setOwner hands them back the same way.
      const handed = (await coordinator.themes.list()).items.find((item) => item.id === klimaat.id);
      await coordinator.themes.setOwner(klimaat.id, klimaat.owner?.id, handed?.version ?? '');
      const back = await former.goals.rename(goal.id, goal.title, renamed.version);
      await expect(
        successor.goals.rename(goal.id, 'Niet meer', back.version),
      ).rejects.toMatchObject({ kind: 'forbidden' });
    } finally {
      await site.close();
    }
  });

  it('protects a goal added outside its folder (an older site) at the next provisioning', async () => {
    const sp = await site.spAs('coordinator');
    const klimaat = await theme('klimaat');
    const added = (await sp.web
      .getList(listUrl(site.siteUrl, 'MvoiGoals'))
      .items.add({ Title: 'Van vroeger', ThemeId: klimaat.id })) as { Id: number };
    const stray = (await coordinator.goals.listByTheme(klimaat.id)).items.find(
      (goal) => goal.id === added.Id,
    );
    if (!stray) throw new Error('the goal is not read');

    const { changes } = await provisionSite(sp, site.siteUrl);
    expect(changes).toContain(`MvoiGoals item ${added.Id}: own permissions`);
    expect((await provisionSite(sp, site.siteUrl)).changes).toEqual([]);
    await expect(
      circulairOwner.goals.rename(stray.id, 'Gekaapt', stray.version),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const renamed = await klimaatOwner.goals.rename(stray.id, 'Van nu', stray.version);
    await klimaatOwner.goals.delete(renamed.id, renamed.version, { actions: 'detach' });
  });

  it('keeps each theme’s goals in its folder, and a second provisioning changes nothing', async () => {
    const sp = await site.spAs('coordinator');
    const rows = (await sp.web
      .getList(listUrl(site.siteUrl, 'MvoiGoals'))
      .items.select('Id', 'FSObjType', 'FileDirRef', 'ThemeId')
      .top(5000)()) as { FSObjType: number; FileDirRef: string; ThemeId: number }[];
    const goals = rows.filter((row) => Number(row.FSObjType) === 0);
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) {
      expect(goal.FileDirRef).toBe(`${listUrl(site.siteUrl, 'MvoiGoals')}/thema-${goal.ThemeId}`);
    }
    expect((await provisionSite(sp, site.siteUrl)).changes).toEqual([]);
  });
});
