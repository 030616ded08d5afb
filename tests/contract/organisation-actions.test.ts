import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/data/repositories';
import type { ActionSummary, ActionUpdate } from '../../src/domain/action';
import { SEED_PLAN } from '../../src/domain/seed-plan';
import { startLocalSite, type LocalSite } from '../support/local-site';

/** What a save of the list's fields sends: the long texts stay as stored. */
function summaryUpdateOf(action: ActionSummary): ActionUpdate {
  const { themeId, goalId, title, timing, status, pilotIds } = action;
  return { themeId, goalId, title, timing, status, ownerId: action.owner?.id, pilotIds };
}

/**
 * Organisation-wide actions (no theme) sit at the top of the actions list, outside the theme
 * folders: SharePoint lets the coordinators change them, and no theme owner.
 */
describe('organisation-wide actions against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let owner: Repositories;
  let seeded: ActionSummary;

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, owner] = await Promise.all([site.as('coordinator'), site.as('klimaat-owner')]);
    const organisationWide = (await owner.plan.loadPlan()).actions.filter(
      (action) => action.themeId === undefined,
    );
    expect(organisationWide).toHaveLength(SEED_PLAN.organisationActions.length);
    seeded = organisationWide[0] as ActionSummary;
  });
  afterAll(() => site.close());

  it('refuses a theme owner who creates or updates one, and stores nothing', async () => {
    await expect(
      owner.actions.create({ title: 'Inkoopbeleid herzien', timing: 'Q3 2025' }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      owner.actions.update(
        seeded.id,
        { ...summaryUpdateOf(seeded), timing: 'Q4 2025' },
        seeded.version,
      ),
    ).rejects.toMatchObject({ kind: 'forbidden' });

    const after = (await coordinator.plan.loadPlan()).actions;
    expect(after.find((action) => action.title === 'Inkoopbeleid herzien')).toBeUndefined();
    expect(after.find((action) => action.id === seeded.id)).toMatchObject({
      timing: seeded.timing,
      version: seeded.version,
    });
  });

  it('lets a coordinator create, update and delete one, with the version it read', async () => {
    const created = await coordinator.actions.create({
      title: 'Communicatiecampagne MVOI',
      timing: 'Q3 2025',
    });
    expect(created).toMatchObject({ themeId: undefined, goalId: undefined });

    const updated = await coordinator.actions.update(
      created.id,
      { ...summaryUpdateOf(created), timing: 'Q1 2026 - Q2 2026' },
      created.version,
    );
    expect(updated.timing).toBe('Q1 2026 - Q2 2026');
    // The version it started from is stale now: a second save from it is a conflict.
    await expect(
      coordinator.actions.update(created.id, summaryUpdateOf(created), created.version),
    ).rejects.toMatchObject({ kind: 'conflict' });
    // A theme owner can read it, but not delete it.
    expect(await owner.actions.get(created.id)).toMatchObject({ timing: 'Q1 2026 - Q2 2026' });
    await expect(owner.actions.delete(created.id, updated.version)).rejects.toMatchObject({
      kind: 'forbidden',
    });

    await coordinator.actions.delete(created.id, updated.version);
    const after = (await owner.plan.loadPlan()).actions;
    expect(after.some((action) => action.id === created.id)).toBe(false);
  });
});
