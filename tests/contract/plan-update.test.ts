import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/data/repositories';
import type { ActionSummary } from '../../src/domain/action';
import { emptyDraft } from '../../src/domain/plan-update';
import { startLocalSite, type LocalSite } from '../support/local-site';

/** The yearly update and action history, through real PnPjs, against the local SharePoint. */
describe('yearly update and action history against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let otherCoordinatorRead: Repositories;
  let owner: Repositories;
  let themeId: number;
  let open: ActionSummary[];

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, otherCoordinatorRead, owner] = await Promise.all([
      site.as('coordinator'),
      site.as('coordinator'),
      site.as('klimaat-owner'),
    ]);
    const board = await coordinator.plan.loadThemeBoard('klimaat');
    themeId = board.theme.id;
    open = board.actions.filter((action) => action.status !== 'done' && action.planYear < 2027);
  });
  afterAll(() => site.close());

  it('derives the history of an action from its versions: moves, status and owner, with who', async () => {
    const owners = await coordinator.people.siteUsers();
    const [card] = open;
    const action = await coordinator.actions.get(card?.id as number);
    const moved = await owner.actions.update(
      action.id,
      { ...action, timing: 'Q2 2026', status: 'in-progress', ownerId: owners[0]?.id },
      action.version,
    );
    const history = await coordinator.actions.history(moved.id);
    const me = await owner.people.currentUser();
    expect(history[0]?.kind).toBe('created');
    expect(history.slice(1)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'timing',
          from: action.timing,
          to: 'Q2 2026',
          by: { id: me.id, name: me.name },
        }),
        expect.objectContaining({ kind: 'status', from: action.status, to: 'in-progress' }),
        expect.objectContaining({ kind: 'owner', to: owners[0]?.name }),
      ]),
    );
  });

  it('refuses a theme owner the yearly update: no draft, no apply, nothing written', async () => {
    await expect(owner.planUpdates.save(emptyDraft(2027), undefined)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const stored = await coordinator.planUpdates.save(emptyDraft(2027), undefined);
    await expect(owner.planUpdates.apply(2027, stored.version as string)).rejects.toMatchObject({
      kind: expect.stringMatching(/forbidden|not-found/),
    });
  });

  it('carries, closes and stops actions; one apply per read; retrying writes nothing twice', async () => {
    const [carry, done, stop] = await Promise.all(
      open.slice(1, 4).map((card) => coordinator.actions.get(card.id)),
    );
    if (!carry || !done || !stop) throw new Error('the seed has too few open klimaat actions');
    const current = await coordinator.planUpdates.get(2027);
    const saved = await coordinator.planUpdates.save(
      {
        ...current.draft,
        choices: {
          [carry.id]: { kind: 'carry', timing: 'Q2 2027' },
          [done.id]: { kind: 'done' },
          [stop.id]: { kind: 'stop', reason: 'Geen budget meer' },
        },
        newActions: [
          { key: 'n1', themeId, goalId: undefined, title: 'Nieuw in 2027', timing: 'Q3 2027' },
        ],
        targets: { [themeId]: 4 },
      },
      current.version,
    );
    // A second coordinator read the same draft; whoever applies second gets a conflict.
    const stale = await otherCoordinatorRead.planUpdates.get(2027);
    const progress = await coordinator.planUpdates.apply(2027, saved.version as string);
    expect(progress).toEqual({ created: 2, closed: 3, targets: 1 });
    await expect(
      otherCoordinatorRead.planUpdates.apply(2027, stale.version as string),
    ).rejects.toMatchObject({ kind: 'conflict' });

    const board = await coordinator.plan.loadThemeBoard('klimaat');
    const byId = new Map(board.actions.map((action) => [action.id, action]));
    const copies = board.actions.filter((action) => action.planYear === 2027);
    expect(copies.map(({ title, timing }) => ({ title, timing }))).toEqual([
      { title: carry.title, timing: 'Q2 2027' },
      { title: 'Nieuw in 2027', timing: 'Q3 2027' },
    ]);
    const copy = copies[0] as ActionSummary;
    expect(copy).toMatchObject({ status: carry.status, owner: carry.owner });
    // What it continues is for the next update, which reads the whole plan; the board does not.
    const plan = await coordinator.plan.loadPlan();
    expect(plan.actions.find((action) => action.id === copy.id)?.carriedFromId).toBe(carry.id);
    expect((await coordinator.actions.get(copy.id)).description).toBe(carry.description);
    // The earlier year reads as it did: same timing and status, now closed.
    expect(byId.get(carry.id)).toMatchObject({
      timing: carry.timing,
      status: carry.status,
      planYear: carry.planYear,
      closure: { outcome: 'carried', carriedToId: copy.id },
    });
    expect(byId.get(done.id)).toMatchObject({ status: 'done' });
    expect(byId.get(stop.id)).toMatchObject({
      status: stop.status,
      closure: { outcome: 'stopped', reason: 'Geen budget meer' },
    });
    const history = await coordinator.actions.history(copy.id);
    expect(history).toContainEqual(
      expect.objectContaining({
        kind: 'carried',
        from: carry.timing,
        fromYear: carry.planYear,
        to: 'Q2 2027',
        toYear: 2027,
      }),
    );

    // Applying again, even from a fresh read, adds no second copy.
    const again = await coordinator.planUpdates.get(2027);
    expect(again.draft.appliedAt).toBeDefined();
    await coordinator.planUpdates.apply(2027, again.version as string);
    const after = await coordinator.plan.loadThemeBoard('klimaat');
    expect(after.actions.filter((action) => action.planYear === 2027)).toHaveLength(2);
  });
});
