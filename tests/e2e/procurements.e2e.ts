import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/domain/procurement-import';
import { startE2E, type E2E } from './support/harness';
import { inTheme, severeViolations, signInAs } from './support/page-helpers';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const COORDINATOR = /Sanne Vermeulen/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A calendar as a coordinator fills in the template: one row with the value typed wrongly. */
async function calendarWorkbook(secondValue: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Aanbestedingen');
  sheet.addRow([...IMPORT_COLUMNS]);
  sheet.addRow([
    'Schoonmaak stadskantoor',
    'Facilitair',
    180_000,
    'Q2 2026',
    'Diensten',
    'Klimaat',
    'Gepland',
    'Nee',
    'INK-2026-01',
  ]);
  sheet.addRow([
    'Wagenpark reiniging',
    'Beheer',
    secondValue,
    'Q3 2026',
    'Leveringen',
    'Circulair',
    '',
    '',
    '',
  ]);
  sheet.addRow([
    'Riolering Oost',
    'Openbare ruimte',
    6_000_000,
    'Q1 2026',
    'Werken',
    'Milieu & biodiversiteit',
    'Gepland',
    'Nee',
    'INK-2026-03',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function chooseFile(page: Page, buffer: Buffer) {
  await page
    .getByRole('dialog', { name: 'Aanbestedingskalender importeren' })
    .getByLabel('Excel-bestand (.xlsx)')
    .setInputFiles({ name: 'kalender.xlsx', mimeType: XLSX, buffer });
}

describe('the procurement calendar in Chromium', () => {
  it('lets the coordinator import a calendar with a bad row, fix it, import it and see the flags', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, COORDINATOR);
    await page.goto(`${e2e.appUrl}/procurements`);
    await page.getByRole('heading', { name: 'Aanbestedingskalender', level: 1 }).waitFor();
    // The plan's five pilots are there, marked as pilot.
    await page
      .getByRole('rowheader', { name: /Aanschaf van vrachtwagens met haakkranen/ })
      .waitFor();
    expect(await severeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kalender importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanbestedingskalender importeren' });
    await chooseFile(page, await calendarWorkbook('ongeveer een ton'));
    await dialog.getByText('1 probleem in het bestand').waitFor();
    const problem = dialog
      .getByRole('table', { name: 'Problemen per rij' })
      .getByRole('row')
      .nth(1);
    expect(await problem.getByRole('cell').allInnerTexts()).toEqual([
      '3',
      'Geschatte waarde',
      '“ongeveer een ton” is geen bedrag. Schrijf bijvoorbeeld 125.000.',
    ]);
    expect(await dialog.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    expect(await severeViolations(page)).toEqual([]);

    await chooseFile(page, await calendarWorkbook('95.000'));
    await dialog.getByText('De import doet dit: 3 nieuw, 0 gewijzigd, 0 ongewijzigd.').waitFor();
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Kalender geïmporteerd: 3 nieuw, 0 gewijzigd, 0 ongewijzigd.').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const row = (title: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
    const schoonmaak = row('Schoonmaak stadskantoor');
    await schoonmaak.getByText('MVOI-criteria toepassen').waitFor();
    await schoonmaak.getByText('Social Return', { exact: true }).waitFor();
    await schoonmaak.getByText('Gat: nog geen MVI-criteria gekozen').waitFor();
    expect(await schoonmaak.getByText('Europees aanbesteden').count()).toBe(0);
    const wagenpark = row('Wagenpark reiniging');
    await wagenpark.getByText('MVOI-criteria toepassen').waitFor();
    expect(await wagenpark.getByText('Social Return', { exact: true }).count()).toBe(0);
    await row('Riolering Oost').getByText('Europees aanbesteden').waitFor();
    expect(await severeViolations(page)).toEqual([]);

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Kalender importeren' }).click();
    await chooseFile(page, await calendarWorkbook('95.000'));
    await dialog.getByText('Alle 3 rijen zijn ongewijzigd: er valt niets te importeren.').waitFor();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('tab', { name: 'Kansenkaart' }).click();
    await page.getByRole('table', { name: /Kansenkaart/ }).waitFor();
    expect(await severeViolations(page)).toEqual([]);
  });

  it.each(['dark'] as const)('stays readable in the %s theme, flags and all', async (theme) => {
    await inTheme(e2e.browser, theme, async (page) => {
      await signInAs(page, e2e.appUrl, COORDINATOR);
      await page.goto(`${e2e.appUrl}/procurements`);
      await page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Schoonmaak stadskantoor' }) })
        .getByText('Gat: nog geen MVI-criteria gekozen')
        .waitFor();
      expect(await severeViolations(page)).toEqual([]);
    });
  });
});
