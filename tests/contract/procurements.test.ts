import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/data/repositories';
import { IMPORT_BATCH_SIZE } from '../../src/data/sharepoint/procurement-repository';
import { procurementKey } from '../../src/domain/procurement';
import type { ProcurementImportCommand } from '../../src/domain/procurement-import';
import { startLocalSite, type LocalSite } from '../support/local-site';

/** The procurement calendar, through real PnPjs over HTTP, against the local SharePoint. */
describe('procurement repository against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let owner: Repositories;
  let colleague: Repositories;
  let themeIds: number[];

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, owner, colleague] = await Promise.all([
      site.as('coordinator'),
      site.as('klimaat-owner'),
      site.as('colleague'),
    ]);
    themeIds = (await colleague.plan.loadPlan()).themes.map((theme) => theme.id);
  });
  afterAll(() => site.close());

  const row = (title: string, extra: Partial<ProcurementImportCommand> = {}) => {
    const command = {
      title,
      department: 'Facilitair',
      estimatedValueEur: 120_000,
      publication: { year: 2026, quarter: 2 as const },
      kind: 'services' as const,
      themeIds: [themeIds[0] as number],
      status: 'planned' as const,
      isPilot: false,
      ...extra,
    };
    return { ...command, key: extra.key ?? procurementKey(command) };
  };

  it('holds the five 2025 pilots as procurements marked pilot, linked to their pilot items', async () => {
    const { items, problems } = await colleague.procurements.list();
    const { pilots } = await colleague.plan.loadPlan();
    expect(problems).toEqual([]);
    const seeded = items.filter((procurement) => procurement.isPilot);
    expect(seeded.map((procurement) => procurement.title).sort()).toEqual(
      pilots.map((pilot) => pilot.title).sort(),
    );
    for (const procurement of seeded) {
      const pilot = pilots.find((candidate) => candidate.id === procurement.pilotId);
      expect(pilot?.title).toBe(procurement.title);
      expect(procurement.themeIds).toEqual(pilot?.themeIds);
      // The plan gives no value for them: none is made up.
      expect(procurement.estimatedValueEur).toBeUndefined();
    }
  });

  it('lets a coordinator write, and refuses a colleague and a theme owner', async () => {
    const created = await coordinator.procurements.create({
      title: 'Schoonmaak stadhuis',
      department: 'Facilitair',
      estimatedValueEur: 80_000,
      kind: 'services',
      themeIds: [themeIds[0] as number],
    });
    expect(created.key).toBe(procurementKey({ ...created, key: undefined }));
    for (const refused of [colleague, owner]) {
      await expect(
        refused.procurements.create({ title: 'Mag niet', department: '' }),
      ).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(
        refused.procurements.update(created.id, { title: 'Mag niet' }, created.version),
      ).rejects.toMatchObject({ kind: 'forbidden' });
      const report = await refused.procurements.importRows([row('Mag ook niet')]);
      expect(report.created).toEqual([]);
      expect(report.failed.map((failure) => failure.error)).toMatchObject([{ kind: 'forbidden' }]);
    }
    const saved = await coordinator.procurements.update(
      created.id,
      {
        title: created.title,
        department: 'Facilitair',
        criteriaChosen: true,
        criteriaNotes: 'Schoonmaak, ambitieus',
      },
      created.version,
    );
    expect(saved).toMatchObject({ criteriaChosen: true, key: created.key });
    await expect(
      coordinator.procurements.update(created.id, { title: 'Oud' }, created.version),
    ).rejects.toMatchObject({ kind: 'conflict' });
    const titles = (await colleague.procurements.list()).items.map((item) => item.title);
    expect(titles).toContain('Schoonmaak stadhuis');
    expect(titles).not.toContain('Mag ook niet');
  });

  it('imports by key: a second import of the same rows changes nothing', async () => {
    const rows = [
      row('Wagenpark', { kind: 'supplies', estimatedValueEur: 250_000 }),
      row('Riolering Oost', { kind: 'works', key: 'kenmerk:ink-2026-07', estimatedValueEur: 6e6 }),
      ...Array.from({ length: IMPORT_BATCH_SIZE }, (_, index) => row(`Levering ${index}`)),
    ];
    const first = await coordinator.procurements.importRows(rows);
    expect(first).toMatchObject({ updated: [], unchanged: [], failed: [], notAttempted: [] });
    expect(first.created).toHaveLength(rows.length);
    const before = (await coordinator.procurements.list()).items;

    const second = await coordinator.procurements.importRows(rows);
    expect(second).toMatchObject({ created: [], updated: [], failed: [], notAttempted: [] });
    expect(second.unchanged).toHaveLength(rows.length);
    expect((await coordinator.procurements.list()).items).toEqual(before);
  });

  it('reports a batch that failed midway, and a second import completes it', async () => {
    const rows = Array.from({ length: IMPORT_BATCH_SIZE + 10 }, (_, index) =>
      row(`Dienst ${index}`),
    );
    // The same key twice: SharePoint refuses the second add (ProcurementKey is unique).
    const withDuplicate = [
      ...rows.slice(0, 10),
      rows[0] as ProcurementImportCommand,
      ...rows.slice(10),
    ];
    const first = await coordinator.procurements.importRows(withDuplicate);
    expect(first.failed.map((failure) => failure.key)).toEqual([rows[0]?.key]);
    expect(first.created).toHaveLength(IMPORT_BATCH_SIZE - 1);
    expect(first.notAttempted).toHaveLength(11);

    const retry = await coordinator.procurements.importRows(rows);
    expect(retry).toMatchObject({ updated: [], failed: [], notAttempted: [] });
    expect(retry.created).toHaveLength(11);
    expect(retry.unchanged).toHaveLength(IMPORT_BATCH_SIZE - 1);
    const keys = (await coordinator.procurements.list()).items.map((item) => item.key);
    expect(keys.filter((key) => key.includes('dienst '))).toHaveLength(rows.length);
  });

  it('updates only the calendar’s columns of a changed row and keeps the coordinator’s plan', async () => {
    const wagenpark = row('Wagenpark', { kind: 'supplies', estimatedValueEur: 250_000 });
    const stored = (await coordinator.procurements.list()).items.find(
      (item) => item.key === wagenpark.key,
    );
    if (!stored) throw new Error('Wagenpark was not imported');
    await coordinator.procurements.update(
      stored.id,
      {
        ...stored,
        criteriaChosen: true,
        sroiAgreed: true,
        criteriaNotes: 'Wagenpark: emissieloos',
      },
      stored.version,
    );
    const report = await coordinator.procurements.importRows([
      { ...wagenpark, estimatedValueEur: 260_000 },
    ]);
    expect(report.updated).toEqual([wagenpark.key]);
    const after = (await coordinator.procurements.list()).items.find(
      (item) => item.id === stored.id,
    );
    expect(after).toMatchObject({
      estimatedValueEur: 260_000,
      criteriaChosen: true,
      sroiAgreed: true,
      criteriaNotes: 'Wagenpark: emissieloos',
    });
  });
});
