import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors';
import type { Repositories } from '../../src/data/repositories';
import { provisionSite } from '../../src/data/sharepoint/provision-site';
import { seedSite } from '../../src/data/sharepoint/seed-site';
import { listUrl } from '../../src/data/sharepoint/list-schema';
import { SEED_PLAN } from '../../src/domain/seed-plan';
import { countRequests } from '../support/count-requests';
import { startLocalSite, type LocalSite } from '../support/local-site';

/**
 * The repositories, through real PnPjs over HTTP, against the local SharePoint: the same code path
 * the app takes against SharePoint Online.
 */
describe('SharePoint repositories against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let owner: Repositories;
  let colleague: Repositories;

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, owner, colleague] = await Promise.all([
      site.as('coordinator'),
      site.as('klimaat-owner'),
      site.as('colleague'),
    ]);
  });
  afterAll(() => site.close());

  const klimaat = async () => {
    const { themes } = await coordinator.plan.loadPlan();
    const theme = themes.find((candidate) => candidate.key === 'klimaat');
    if (!theme) throw new Error('no klimaat theme');
    return theme;
  };

  describe('reading the plan', () => {
    it('reads the seeded plan in one request: six themes, every goal, action and pilot', async () => {
      const { result: plan, requests } = await countRequests(() => colleague.plan.loadPlan());
      expect(requests).toBe(1);
      expect(plan.problems).toEqual([]);
      expect(plan.themes.map((theme) => theme.key)).toEqual([
        'klimaat',
        'circulair',
        'milieu-biodiversiteit',
        'ketenverantwoordelijkheid',
        'diversiteit-inclusie',
        'social-return',
      ]);
      const seededGoals = SEED_PLAN.themes.flatMap((theme) => theme.goals);
      expect(plan.goals).toHaveLength(seededGoals.length);
      expect(plan.actions).toHaveLength(
        seededGoals.flatMap((goal) => goal.actions).length + SEED_PLAN.organisationActions.length,
      );
      expect(plan.pilots.map((pilot) => pilot.title).sort()).toEqual(
        SEED_PLAN.pilots.map((pilot) => pilot.title).sort(),
      );
      // The 2025 plan's actions, the one timed Q4 2024 too.
      expect(new Set(plan.actions.map((action) => action.planYear))).toEqual(new Set([2025]));
    });

    it('keeps each action’s timing as written and stores its due date as a calendar date', async () => {
      const { actions } = await colleague.plan.loadPlan();
      const report = actions.find(
        (action) => action.timing === 'Start Q1 2025, rapportage Q4 2025',
      );
      expect(report?.dueDate).toBe('2025-12-31');
      const continuous = actions.find((action) => action.timing === 'Doorlopend');
      expect(continuous?.dueDate).toBeUndefined();
      const inventory = actions.find((action) => action.timing === 'Q4 2024');
      expect(inventory?.dueDate).toBe('2024-12-31');
    });

    it('expands the theme owner as a person and resolves pilots across themes', async () => {
      const plan = await colleague.plan.loadPlan();
      const theme = plan.themes.find((candidate) => candidate.key === 'klimaat');
      expect(theme?.owner?.email).toBe(
        site.users.find((user) => user.themeKey === 'klimaat')?.email,
      );
      const sport = plan.pilots.find((pilot) => pilot.title.includes('binnensportaccommodaties'));
      const keys = sport?.themeIds.map(
        (id) => plan.themes.find((candidate) => candidate.id === id)?.key,
      );
      expect(keys).toEqual(['klimaat', 'circulair', 'milieu-biodiversiteit']);
    });

    it('reads one theme’s board in at most two requests, with only that theme’s actions', async () => {
      const { result: board, requests } = await countRequests(() =>
        colleague.plan.loadThemeBoard('klimaat'),
      );
      expect(requests).toBeLessThanOrEqual(2);
      expect(board.theme.key).toBe('klimaat');
      expect(board.actions.length).toBeGreaterThan(0);
      expect(board.actions.every((action) => action.themeId === board.theme.id)).toBe(true);
      expect(board.pilots.every((pilot) => pilot.themeIds.includes(board.theme.id))).toBe(true);
    });

    it('answers not-found for a theme key that does not exist', async () => {
      await expect(colleague.plan.loadThemeBoard('onbekend')).rejects.toMatchObject({
        kind: 'not-found',
      });
    });
  });

  describe('actions', () => {
    it('creates, reads, updates and deletes an action, deriving its due date from the timing', async () => {
      const theme = await klimaat();
      const { items: goals } = await owner.goals.listByTheme(theme.id);
      const created = await owner.actions.create({
        themeId: theme.id,
        goalId: goals[0]?.id,
        title: 'Laadpalen bij het Stadskantoor',
        timing: 'Q1–Q2 2026',
        ownerId: (await owner.people.currentUser()).id,
        progressNotes: [{ date: '2026-01-10', text: 'Offertes opgevraagd' }],
      });
      expect(created).toMatchObject({
        title: 'Laadpalen bij het Stadskantoor',
        dueDate: '2026-06-30',
        // Without a plan year of its own, a new action takes its timing's.
        planYear: 2026,
        status: 'not-started',
      });
      expect(created.owner?.email).toBe(
        site.users.find((user) => user.themeKey === 'klimaat')?.email,
      );

      const updated = await owner.actions.update(
        created.id,
        {
          themeId: theme.id,
          title: created.title,
          timing: 'Doorlopend',
          status: 'in-progress',
          progressNotes: created.progressNotes,
        },
        created.version,
      );
      expect(updated).toMatchObject({
        status: 'in-progress',
        dueDate: undefined,
        timing: 'Doorlopend',
        planYear: 2026,
      });
      expect(updated.version).not.toBe(created.version);
      expect((await colleague.actions.get(created.id)).progressNotes).toEqual([
        { date: '2026-01-10', text: 'Offertes opgevraagd' },
      ]);

      await owner.actions.delete(created.id, updated.version);
      await expect(colleague.actions.get(created.id)).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('reads the cards without long texts, and an action’s details in one request', async () => {
      const theme = await klimaat();
      const created = await owner.actions.create({
        themeId: theme.id,
        title: 'Detailtest',
        description: 'Een lange omschrijving die alleen de dialoog toont.',
        timing: 'Q3 2026',
        progressNotes: [{ date: '2026-02-01', text: 'Gestart' }],
      });
      const board = await colleague.plan.loadThemeBoard('klimaat');
      const card = board.actions.find((action) => action.id === created.id);
      expect(card).toBeDefined();
      expect(card).not.toHaveProperty('description');
      expect(card).not.toHaveProperty('progressNotes');

      const { result: details, requests } = await countRequests(() =>
        colleague.actions.get(created.id),
      );
      expect(requests).toBe(1);
      // The card's fields, its version (the ETag a save sends) included, and what it left out.
      expect(details).toEqual({
        ...card,
        description: 'Een lange omschrijving die alleen de dialoog toont.',
        progressNotes: [{ date: '2026-02-01', text: 'Gestart' }],
      });
      await owner.actions.delete(created.id, details.version);
    });

    it('saves a card’s move with the card’s version and keeps the texts it did not read', async () => {
      const theme = await klimaat();
      const created = await owner.actions.create({
        themeId: theme.id,
        title: 'Verplaatstest',
        description: 'Blijft staan.',
        timing: 'Q3 2026',
        progressNotes: [{ date: '2026-02-01', text: 'Gestart' }],
      });
      const card = (await owner.plan.loadThemeBoard('klimaat')).actions.find(
        (action) => action.id === created.id,
      );
      if (!card) throw new Error('no card');
      const { themeId, goalId, title, timing, pilotIds } = card;
      const move = { themeId, goalId, title, timing, pilotIds, status: 'done' as const };

      const moved = await owner.actions.update(card.id, move, card.version);
      expect(moved).toMatchObject({
        status: 'done',
        description: 'Blijft staan.',
        progressNotes: [{ date: '2026-02-01', text: 'Gestart' }],
      });
      await expect(owner.actions.update(card.id, move, card.version)).rejects.toMatchObject({
        kind: 'conflict',
      });
      await owner.actions.delete(created.id, moved.version);
    });

    it('answers a conflict with the stored version when the action changed since it was opened', async () => {
      const theme = await klimaat();
      const action = await owner.actions.create({
        themeId: theme.id,
        title: 'Conflicttest',
        timing: 'Q3 2026',
      });
      const command = { themeId: theme.id, title: 'Conflicttest', timing: 'Q3 2026' };
      const first = await coordinator.actions.update(
        action.id,
        { ...command, status: 'blocked' },
        action.version,
      );

      const stale = owner.actions.update(action.id, { ...command, status: 'done' }, action.version);
      await expect(stale).rejects.toBeInstanceOf(DataError);
      const error = (await stale.catch((caught: unknown) => caught)) as DataError;
      expect(error.kind).toBe('conflict');
      expect(error.current).toMatchObject({
        id: action.id,
        status: 'blocked',
        version: first.version,
      });
      expect((await colleague.actions.get(action.id)).status).toBe('blocked');
    });

    it('forbids a colleague to change actions, and changes nothing', async () => {
      const theme = await klimaat();
      const [action] = (await colleague.actions.listByTheme(theme.id)).items;
      if (!action) throw new Error('no action');
      const attempt = colleague.actions.update(
        action.id,
        { themeId: theme.id, title: 'Gekaapt', timing: action.timing },
        action.version,
      );
      await expect(attempt).rejects.toMatchObject({ kind: 'forbidden' });
      expect((await colleague.actions.get(action.id)).title).toBe(action.title);
    });

    it('lets SharePoint itself refuse a theme owner the actions of another theme', async () => {
      const other = await site.as('circulair-owner');
      const board = await coordinator.plan.loadThemeBoard('klimaat');
      const [action] = board.actions;
      if (!action) throw new Error('no action');
      const command = { themeId: board.theme.id, title: 'Gekaapt', timing: action.timing };

      await expect(other.actions.update(action.id, command, action.version)).rejects.toMatchObject({
        kind: 'forbidden',
      });
      await expect(other.actions.delete(action.id, action.version)).rejects.toMatchObject({
        kind: 'forbidden',
      });
      await expect(other.actions.create(command)).rejects.toMatchObject({ kind: 'forbidden' });
      const after = await coordinator.plan.loadThemeBoard('klimaat');
      expect(after.actions).toEqual(board.actions);

      // Their own theme they change as ever.
      const circulair = await other.plan.loadThemeBoard('circulair');
      const created = await other.actions.create({
        themeId: circulair.theme.id,
        title: 'Eigen thema',
        timing: 'Q2 2026',
      });
      await other.actions.delete(created.id, created.version);
    });

    it('rejects an invalid command before anything is written', async () => {
      const theme = await klimaat();
      const before = (await owner.actions.listByTheme(theme.id)).items.length;
      await expect(
        owner.actions.create({ themeId: theme.id, title: '   ', timing: '' }),
      ).rejects.toMatchObject({
        kind: 'invalid',
      });
      await expect(
        owner.actions.create({ themeId: theme.id, title: 'x'.repeat(256) }),
      ).rejects.toMatchObject({
        kind: 'invalid',
      });
      expect((await owner.actions.listByTheme(theme.id)).items.length).toBe(before);
    });
  });

  describe('pilots', () => {
    it('lets the coordinator add a pilot across themes and update it, and no one else', async () => {
      const plan = await coordinator.plan.loadPlan();
      const themeIds = plan.themes.slice(0, 2).map((theme) => theme.id);
      const command = { title: 'Elektrische veegmachines', themeIds, year: 2026 };
      await expect(owner.pilots.create(command)).rejects.toMatchObject({ kind: 'forbidden' });
      const pilot = await coordinator.pilots.create(command);
      expect(pilot).toMatchObject({ themeIds, year: 2026, status: 'planned' });
      const running = await coordinator.pilots.update(
        pilot.id,
        { ...command, status: 'running' },
        pilot.version,
      );
      expect(running.status).toBe('running');
      await expect(
        owner.pilots.update(pilot.id, { ...command, status: 'completed' }, running.version),
      ).rejects.toMatchObject({ kind: 'forbidden' });
      expect((await colleague.pilots.list()).items).toContainEqual(
        expect.objectContaining({ title: 'Elektrische veegmachines', status: 'running' }),
      );
    });
  });

  // The practice feed has its own suite: tests/contract/practices.test.ts.

  describe('settings and people', () => {
    it('keeps the coordinator’s settings, the webhook readable by coordinators alone', async () => {
      const before = await colleague.settings.get();
      expect(before.leadTimeDays).toEqual([30, 7]);
      const read = await coordinator.settings.get();
      const input = {
        leadTimeDays: [14, 3],
        digestWeekday: 3,
        postToChannel: true,
        channelWebhookUrl: 'https://prod.example.com/workflows/abc?sig=secret',
        ladderStep5Label: 'Transformatie',
      };
      const saved = await coordinator.settings.update(input, read.version);
      expect(saved).toMatchObject(input);
      expect(await coordinator.settings.get()).toEqual(saved);
      // SharePoint itself withholds the secret: not in the repository, not in the raw list.
      const seen = await colleague.settings.get();
      expect(seen).toMatchObject({ ...input, channelWebhookUrl: undefined });
      const sp = await site.spAs('colleague');
      const raw = JSON.stringify(
        await sp.web.getList('/sites/mvoi/Lists/MvoiSettings').items.select('Title', 'Value')(),
      );
      expect(raw).toContain('leadTimeDays');
      expect(raw).not.toContain('sig=secret');
      await expect(
        colleague.settings.update({ ...input, leadTimeDays: [1] }, seen.version),
      ).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(
        coordinator.settings.update({ ...input, leadTimeDays: [-1] }, saved.version),
      ).rejects.toMatchObject({ kind: 'invalid' });
      await expect(
        coordinator.settings.update(
          { ...input, channelWebhookUrl: 'http://x.example/' },
          saved.version,
        ),
      ).rejects.toMatchObject({ kind: 'invalid' });
      // A save from an older read is a conflict, and overwrites nothing.
      await expect(
        coordinator.settings.update({ ...input, leadTimeDays: [60] }, read.version),
      ).rejects.toMatchObject({ kind: 'conflict' });
      expect((await coordinator.settings.get()).leadTimeDays).toEqual([14, 3]);
    });

    it('makes a webhook URL written past the app the coordinators’ alone when provisioning', async () => {
      const sp = await site.spAs('coordinator');
      const list = sp.web.getList('/sites/mvoi/Lists/MvoiSettings');
      const { Id } = (
        await list.items.select('Id').filter("Title eq 'channelWebhookUrl'")()
      )[0] as {
        Id: number;
      };
      // As if written in SharePoint's own list view: permissions back to the list's.
      await import('@pnp/sp/security');
      await list.items.getById(Id).resetRoleInheritance();
      const colleagueSees = async () =>
        JSON.stringify(
          await (
            await site.spAs('colleague')
          ).web
            .getList('/sites/mvoi/Lists/MvoiSettings')
            .items.select('Title')(),
        );
      expect(await colleagueSees()).toContain('channelWebhookUrl');
      expect((await provisionSite(sp, site.siteUrl)).changes).toEqual([
        'MvoiSettings.channelWebhookUrl: coordinators only',
      ]);
      expect(await colleagueSees()).not.toContain('channelWebhookUrl');
    });

    it('knows who is signed in and whether they coordinate', async () => {
      expect((await coordinator.people.currentUser()).isCoordinator).toBe(true);
      expect((await colleague.people.currentUser()).isCoordinator).toBe(false);
      const people = await colleague.people.siteUsers();
      expect(people.length).toBe(site.users.length);
    });
  });

  describe('provisioning and seeding', () => {
    it('changes nothing and adds nothing on a second run', async () => {
      const sp = await site.spAs('coordinator');
      expect((await provisionSite(sp, site.siteUrl)).changes).toEqual([]);
      expect((await seedSite(sp, site.siteUrl, SEED_PLAN)).created).toEqual({
        themes: 0,
        goals: 0,
        pilots: 0,
        actions: 0,
        procurements: 0,
      });
    });

    it('indexes the columns that queries filter and sort on', async () => {
      const sp = await site.spAs('coordinator');
      const fields = (await sp.web
        .getList(listUrl(site.siteUrl, 'MvoiActions'))
        .fields.select('InternalName', 'Indexed')()) as {
        InternalName: string;
        Indexed: boolean;
      }[];
      const indexed = fields.filter((field) => field.Indexed).map((field) => field.InternalName);
      expect(indexed).toEqual(
        expect.arrayContaining(['Theme', 'Goal', 'DueDate', 'PlanYear', 'Status', 'Owner']),
      );
    });
  });
});

describe('the data layer under load and faults', () => {
  it('retries a throttled read until it succeeds', async () => {
    const site = await startLocalSite();
    try {
      const repositories = await site.as('colleague');
      await fetch(new URL('/_local/faults', site.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ throttleNext: 1, retryAfterSeconds: 1 }),
      });
      const { result, requests } = await countRequests(() => repositories.themes.list());
      expect(result.items).toHaveLength(6);
      expect(requests).toBe(2);
    } finally {
      await site.close();
    }
  });

  it('pages through a list of more than 5,000 actions, and still filters it on indexed columns', async () => {
    const site = await startLocalSite();
    try {
      const repositories = await site.as('coordinator');
      const themes = (await repositories.themes.list()).items;
      const circulair = themes.find((candidate) => candidate.key === 'circulair');
      const klimaat = themes.find((candidate) => candidate.key === 'klimaat');
      if (!circulair || !klimaat) throw new Error('no theme');
      site.addItemsDirectly(
        'MvoiActions',
        Array.from({ length: 5100 }, (_, index) => ({
          Title: `Bulk ${index}`,
          ThemeId: circulair.id,
          Status: 'Niet gestart',
          Timing: 'Q4 2026',
        })),
      );
      const { result: plan, requests } = await countRequests(() => repositories.plan.loadPlan());
      // The batch's first 5,000 actions, then the rest from the last Id on: no page read twice.
      expect(requests).toBe(2);
      expect(plan.problems).toEqual([]);
      expect(plan.actions.filter((action) => action.title.startsWith('Bulk '))).toHaveLength(5100);
      expect(new Set(plan.actions.map((action) => action.id)).size).toBe(plan.actions.length);

      const board = await repositories.plan.loadThemeBoard('klimaat');
      expect(board.actions.map((action) => action.title)).toEqual(
        SEED_PLAN.themes[0]?.goals.flatMap((goal) => goal.actions.map((action) => action.title)),
      );
    } finally {
      await site.close();
    }
  });

  it('hands a theme’s actions to its new owner, and takes them from the former one', async () => {
    const site = await startLocalSite();
    try {
      const [coordinator, former, successor] = await Promise.all([
        site.as('coordinator'),
        site.as('klimaat-owner'),
        site.as('circulair-owner'),
      ]);
      const { theme, actions } = await coordinator.plan.loadThemeBoard('klimaat');
      const [action] = actions;
      if (!action) throw new Error('no action');
      const successorId = (await successor.people.currentUser()).id;

      await coordinator.themes.setOwner(theme.id, successorId, theme.version);

      const command = { themeId: theme.id, title: action.title, timing: action.timing };
      const moved = await successor.actions.update(
        action.id,
        { ...command, status: 'in-progress' },
        action.version,
      );
      expect(moved.status).toBe('in-progress');
      await expect(
        former.actions.update(action.id, { ...command, status: 'done' }, moved.version),
      ).rejects.toMatchObject({ kind: 'forbidden' });
      expect((await coordinator.actions.get(action.id)).status).toBe('in-progress');
    } finally {
      await site.close();
    }
  });

  it('keeps every acknowledged write across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mvoi-restart-'));
    const dbPath = join(dir, 'mvoi.sqlite');
    try {
      const first = await startLocalSite(dbPath);
      const theme = (await (await first.as('coordinator')).themes.list()).items[0];
      const created = await (
        await first.as('klimaat-owner')
      ).actions.create({ themeId: theme?.id, title: 'Blijft bewaard', timing: 'Q2 2027' });
      await first.close();

      const second = await startLocalSite(dbPath, { prepare: false });
      try {
        expect(await (await second.as('colleague')).actions.get(created.id)).toMatchObject({
          title: 'Blijft bewaard',
          dueDate: '2027-06-30',
        });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
