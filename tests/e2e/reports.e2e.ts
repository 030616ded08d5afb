import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointRepositories } from '../../src/data/sharepoint/create-repositories';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { startE2E, type E2E } from './support/harness';
import { inTheme, severeViolations, signInAs } from './support/page-helpers';

let e2e: E2E;

const EXPLANATION = 'Vier pilots liepen; de MKI is bij één GWW-project gebruikt.';
const ACT = 'In 2026 bij elke GWW-aanbesteding de MKI toepassen.';
const COORDINATOR = /Sanne Vermeulen/;

async function repositoriesAs(login: string) {
  const { siteUrl } = e2e.sharePoint;
  const token = await localToken(siteUrl, login);
  return createSharePointRepositories({ siteUrl, getToken: async () => token });
}

/** The owner of Klimaat drafts 2025, the coordinator confirms it: through the data layer. */
async function confirmKlimaat2025(): Promise<void> {
  const owner = await repositoriesAs('klimaat.eigenaar@mvoi.local');
  const { items: themes } = await owner.themes.list();
  const klimaat = themes.find((theme) => theme.key === 'klimaat');
  if (!klimaat) throw new Error('the seeded plan has no Klimaat');
  const draft = await owner.assessments.draft(klimaat.id, 2025, {
    level: 3,
    status: 'at-risk',
    explanation: EXPLANATION,
    evidence: ['https://intranet.example/klimaat-2025'],
    act: ACT,
  });
  const coordinator = await repositoriesAs('coordinator@mvoi.local');
  await coordinator.assessments.confirm(draft.id, draft.version);
}

beforeAll(async () => {
  e2e = await startE2E();
  await confirmKlimaat2025();
});

afterAll(async () => {
  await e2e?.close();
});

/** The part of the browser's window the print check reads (Node's types have no DOM). */
interface StyleWindow {
  getComputedStyle(element: unknown): { breakBefore: string };
}

/** Clicks a download button and returns the file the browser saved. */
async function download(page: Page, button: Locator): Promise<{ name: string; file: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await saved.path();
  if (!path) throw new Error(`${saved.suggestedFilename()} was not saved`);
  return { name: saved.suggestedFilename(), file: await readFile(path) };
}

describe('the year report in Chromium', () => {
  it('shows the confirmed assessment, passes axe, and goes to Word and Excel with it', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, COORDINATOR);
    await page
      .getByRole('navigation', { name: 'MVOI Actieplan' })
      .getByRole('tab', { name: 'Rapportage' })
      .click();
    await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2025');
    await page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage MVOI 2025' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reports/2025');

    const klimaat = page.getByRole('region', { name: 'Thema Klimaat' });
    const assessment = klimaat.getByRole('table', { name: 'Beoordeling Klimaat 2025' });
    await assessment.getByText(EXPLANATION).waitFor();
    expect(await assessment.getByText('Aandacht nodig (oranje)').count()).toBe(1);
    expect(await klimaat.getByText(ACT).count()).toBe(1);
    expect(await severeViolations(page)).toEqual([]);

    // Keyboard: the contents link takes focus to the theme's section.
    await page.getByRole('link', { name: 'Thema Klimaat' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#report-theme-klimaat');

    const word = await download(page, page.getByRole('button', { name: 'Download Word' }));
    expect(word.name).toBe('mvoi-voortgangsrapportage-2025.docx');
    const documentXml = strFromU8(
      unzipSync(new Uint8Array(word.file))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(documentXml).toContain('Voortgangsrapportage MVOI 2025');
    expect(documentXml).toContain(EXPLANATION);
    expect(documentXml).toContain('Aandacht nodig (oranje)');
    expect(documentXml).toContain(ACT);

    const excel = await download(page, page.getByRole('button', { name: 'Download Excel' }));
    expect(excel.name).toBe('mvoi-voortgangsrapportage-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer; a copy gives Node's Buffer one of its own.
    await workbook.xlsx.load(new Uint8Array(excel.file).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 3)).toEqual([
      'Samenvatting',
      'Inleiding',
      'Klimaat',
    ]);
    const texts: string[] = [];
    workbook.getWorksheet('Klimaat')?.eachRow((row) => {
      row.eachCell((cell) => texts.push(cell.text));
    });
    expect(texts).toContain(EXPLANATION);
    expect(texts).toContain('Aandacht nodig (oranje)');
    await page.close();
  });

  it('prints on A4 with each theme on its own page and without the app’s controls', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, COORDINATOR);
    await page.goto(`${e2e.appUrl}/reports/2025`);
    const heading = page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage MVOI 2025' });
    await heading.waitFor();
    await page.getByRole('region', { name: 'Thema Klimaat' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Download Word' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'MVOI Actieplan' }).isVisible()).toBe(false);
    expect(await heading.isVisible()).toBe(true);
    const breakBefore = await page
      .getByRole('region', { name: 'Thema Klimaat' })
      .evaluate(
        (element: { ownerDocument: { defaultView: StyleWindow | null } }) =>
          element.ownerDocument.defaultView?.getComputedStyle(element).breakBefore,
      );
    expect(breakBefore).toBe('page');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 is 595 × 842 points; every theme starts a page, so there are more pages than themes.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(6);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    await page.close();
  });

  it.each(['dark'] as const)('stays readable in the %s theme', async (theme) => {
    await inTheme(e2e.browser, theme, async (page) => {
      await signInAs(page, e2e.appUrl, COORDINATOR);
      await page.goto(`${e2e.appUrl}/reports/2025`);
      await page
        .getByRole('region', { name: 'Thema Klimaat' })
        .getByRole('table', { name: 'Beoordeling Klimaat 2025' })
        .waitFor();
      expect(await severeViolations(page)).toEqual([]);
    });
  });
});
