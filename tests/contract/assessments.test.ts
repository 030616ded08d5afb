import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/data/repositories';
import {
  assessmentFolderPath,
  confirmedFolderPath,
} from '../../src/data/sharepoint/assessment-mappers';
import { listUrl, ROLE_DEFINITIONS } from '../../src/data/sharepoint/list-schema';
import { provisionSite } from '../../src/data/sharepoint/provision-site';
import type { AssessmentInput } from '../../src/domain/assessment-input';
import { themeLadderProgress } from '../../src/domain/ladder-progress';
import type { Theme } from '../../src/domain/theme';
import { startLocalSite, type LocalSite } from '../support/local-site';

const input: AssessmentInput = {
  level: 3,
  status: 'on-track',
  explanation: 'Twee pilots zijn verbreed naar alle inkoopteams.',
  evidence: ['https://intranet.example/klimaat-2025', 'http://wiki.example/pilots'],
  act: 'Borging in de inkoopprocedure.',
};

/** Yearly assessments through real PnPjs against the local SharePoint, which enforces who writes. */
describe('assessment repository against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let klimaatOwner: Repositories;
  let circulairOwner: Repositories;
  let colleague: Repositories;
  let klimaat: Theme;
  let circulair: Theme;

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, klimaatOwner, circulairOwner, colleague] = await Promise.all([
      site.as('coordinator'),
      site.as('klimaat-owner'),
      site.as('circulair-owner'),
      site.as('colleague'),
    ]);
    const { themes } = await colleague.plan.loadPlan();
    klimaat = themes.find((theme) => theme.key === 'klimaat') as Theme;
    circulair = themes.find((theme) => theme.key === 'circulair') as Theme;
  });
  afterAll(() => site.close());

  it('starts with no assessment: the seed keeps the nulmeting on the theme only', async () => {
    expect((await colleague.assessments.listAll()).items).toEqual([]);
    expect(klimaat.baselineLevel).toBe(2);
  });

  it('lets a theme owner draft for their own theme only, and a colleague not at all', async () => {
    const draft = await klimaatOwner.assessments.draft(klimaat.id, 2025, input);
    expect(draft).toMatchObject({
      themeId: klimaat.id,
      year: 2025,
      level: 3,
      status: 'on-track',
      evidence: input.evidence,
      state: 'draft',
      revision: 1,
      confirmedBy: undefined,
    });
    expect(draft.assessedBy?.email).toBe(site.login('klimaat-owner'));

    await expect(klimaatOwner.assessments.draft(circulair.id, 2025, input)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(colleague.assessments.draft(klimaat.id, 2026, input)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(
      circulairOwner.assessments.draft(klimaat.id, 2025, input, draft),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    // One open draft per theme and year: a second is a conflict that shows the first.
    await expect(klimaatOwner.assessments.draft(klimaat.id, 2025, input)).rejects.toMatchObject({
      kind: 'conflict',
      current: { id: draft.id },
    });
    expect((await colleague.assessments.listByTheme(circulair.id)).items).toEqual([]);
  });

  it('refuses evidence that is not a link, storing nothing', async () => {
    await expect(
      circulairOwner.assessments.draft(circulair.id, 2025, {
        ...input,
        evidence: ['javascript:alert(1)'],
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect((await colleague.assessments.listByTheme(circulair.id)).items).toEqual([]);
  });

  it('saves a draft with its ETag: an older version is a conflict', async () => {
    const [draft] = (await klimaatOwner.assessments.listByTheme(klimaat.id)).items;
    if (!draft) throw new Error('no draft');
    const saved = await klimaatOwner.assessments.draft(
      klimaat.id,
      2025,
      { ...input, level: 2, status: 'at-risk' },
      draft,
    );
    expect(saved).toMatchObject({ id: draft.id, level: 2, status: 'at-risk' });
    await expect(
      klimaatOwner.assessments.draft(klimaat.id, 2025, input, draft),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('lets only a coordinator confirm, as a copy the owner cannot change', async () => {
    const [draft] = (await klimaatOwner.assessments.listByTheme(klimaat.id)).items;
    if (!draft) throw new Error('no draft');
    await expect(klimaatOwner.assessments.confirm(draft.id, draft.version)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(colleague.assessments.confirm(draft.id, draft.version)).rejects.toMatchObject({
      kind: 'forbidden',
    });

    const confirmed = await coordinator.assessments.confirm(draft.id, draft.version);
    expect(confirmed).toMatchObject({
      themeId: klimaat.id,
      year: 2025,
      level: 2,
      state: 'confirmed',
      revision: 1,
    });
    expect(confirmed.confirmedBy?.email).toBe(site.login('coordinator'));
    expect(confirmed.assessedBy?.email).toBe(site.login('klimaat-owner'));
    expect(confirmed.confirmedAt).toBeTruthy();
    // Confirming twice (another tab) stores one confirmation.
    await expect(coordinator.assessments.confirm(draft.id, draft.version)).rejects.toMatchObject({
      kind: 'conflict',
    });
    // The draft stays, but is no longer open: editing it is a conflict.
    const all = (await colleague.assessments.listByYear(2025)).items;
    expect(all.map((item) => [item.state, item.revision])).toEqual([
      ['draft', 1],
      ['confirmed', 1],
    ]);
    await expect(
      klimaatOwner.assessments.draft(klimaat.id, 2025, input, draft),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('corrects with a new revision and keeps the older confirmed one readable', async () => {
    const correction = await klimaatOwner.assessments.draft(klimaat.id, 2025, {
      ...input,
      level: 3,
    });
    expect(correction).toMatchObject({ state: 'draft', revision: 2 });
    await coordinator.assessments.confirm(correction.id, correction.version);
    const all = (await colleague.assessments.listByTheme(klimaat.id)).items;
    expect(
      all.filter((item) => item.state === 'confirmed').map((item) => [item.revision, item.level]),
    ).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(themeLadderProgress(klimaat, all, 2026).current).toMatchObject({
      year: 2025,
      level: 3,
    });
  });

  it('reads an owner’s item in their folder as a draft, whatever its fields claim', async () => {
    const sp = await site.spAs('circulair-owner');
    await sp.web.getList(listUrl(site.siteUrl, 'MvoiAssessments')).addValidateUpdateItemUsingPath(
      [
        ['Title', 'Nep'],
        ['Theme', String(circulair.id)],
        ['Year', '2025'],
        ['Level', '5'],
        ['AssessmentStatus', 'Op koers'],
        ['Revision', '1'],
        ['AssessmentKey', `${circulair.id}|2025|1|vastgesteld`],
      ].map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }) as const),
      assessmentFolderPath(site.siteUrl, circulair.id),
    );
    const forged = (await colleague.assessments.listByTheme(circulair.id)).items;
    expect(forged).toMatchObject([{ level: 5, state: 'draft', confirmedBy: undefined }]);
    expect(themeLadderProgress(circulair, forged, 2026).current.level).toBe(2);
  });

  it('takes back permissions someone gave on the confirmed folder at the next provisioning', async () => {
    await import('@pnp/sp/security');
    const sp = await site.spAs('coordinator');
    const list = sp.web.getList(listUrl(site.siteUrl, 'MvoiAssessments'));
    const [folder] = (await list.items
      .filter("FSObjType eq 1 and FileLeafRef eq 'vastgesteld'")
      .select('Id', 'FileRef')()) as { Id: number; FileRef: string }[];
    if (!folder) throw new Error('no confirmed folder');
    expect(folder.FileRef).toBe(confirmedFolderPath(site.siteUrl));
    const ownerId = (await sp.web.ensureUser(`i:0#.f|membership|${site.login('circulair-owner')}`))
      .Id;
    const item = list.items.getById(folder.Id);
    await item.breakRoleInheritance(true, false);
    await item.roleAssignments.add(ownerId, ROLE_DEFINITIONS.contribute);

    const { changes } = await provisionSite(sp, site.siteUrl);
    expect(changes).toContain('MvoiAssessments/vastgesteld: list permissions restored');
    expect((await provisionSite(sp, site.siteUrl)).changes).toEqual([]);
    const draft = await circulairOwner.assessments.draft(circulair.id, 2026, input);
    await expect(circulairOwner.assessments.confirm(draft.id, draft.version)).rejects.toMatchObject(
      {
        kind: 'forbidden',
      },
    );
  });

  it('moves the drafting right with the theme’s owner', async () => {
    const owner = (await coordinator.people.siteUsers()).find(
      (person) => person.email === site.login('circulair-owner'),
    );
    const [theme] = (await coordinator.themes.list()).items.filter(
      (candidate) => candidate.id === klimaat.id,
    );
    if (!theme || !owner) throw new Error('no theme or owner');
    await coordinator.themes.setOwner(theme.id, owner.id, theme.version);
    await circulairOwner.assessments.draft(klimaat.id, 2026, input);
    await expect(klimaatOwner.assessments.draft(klimaat.id, 2027, input)).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });
});
