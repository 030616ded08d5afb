import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { severeViolations, signInAs } from './support/page-helpers';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const OWNER = { name: /Joris Hermans/ };
const COORDINATOR = { name: /Sanne Vermeulen/ };

async function openAs(who: { name: RegExp }, path: string): Promise<Page> {
  const page = await e2e.newPage();
  await signInAs(page, e2e.appUrl, who.name);
  await page.goto(`${e2e.appUrl}${path}`);
  return page;
}

describe('yearly assessments in Chromium', () => {
  it('lets the theme’s owner draft 2025, which is not yet progress', async () => {
    const page = await openAs(OWNER, '/themes/klimaat');
    const section = page.getByRole('region', { name: 'Ambitieladder' });
    await section.getByText('Er is nog geen jaarlijkse meting.', { exact: false }).waitFor();
    await expect(
      section.getByText('Nog 2 stappen tot Borging', { exact: false }).count(),
    ).resolves.toBe(1);

    await section.getByRole('button', { name: 'Meting opstellen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Meting opstellen voor Klimaat' });
    await dialog.getByLabel('Jaar').selectOption('2025');
    await dialog.getByLabel(/Bereikte stap/).selectOption('3');
    await dialog.getByLabel(/Status/).selectOption('on-track');
    await dialog.getByRole('textbox', { name: /Toelichting/ }).fill('Twee pilots zijn verbreed.');
    await dialog.getByRole('textbox', { name: /Onderbouwing/ }).fill('geen link');
    await dialog.getByRole('button', { name: 'Concept opslaan' }).click();
    await dialog.getByText('Elke regel moet een link zijn', { exact: false }).waitFor();
    await dialog
      .getByRole('textbox', { name: /Onderbouwing/ })
      .fill('https://intranet.example/klimaat-2025');
    await dialog.getByRole('button', { name: 'Concept opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    const year = section.getByRole('region', { name: 'Meting 2025' });
    await year.getByText('Concept', { exact: true }).waitFor();
    expect(
      await year.getByRole('link', { name: 'https://intranet.example/klimaat-2025' }).count(),
    ).toBe(1);
    // Only a coordinator confirms; a draft does not move the ladder.
    expect(await section.getByRole('button', { name: 'Vaststellen' }).count()).toBe(0);
    const table = section.getByRole('table', { name: /Stappen van Klimaat per jaar/ });
    expect(await table.getByRole('row', { name: /2025/ }).count()).toBe(0);
    await page.close();
  });

  it('lets the coordinator confirm it, and the chart’s table shows the step', async () => {
    const page = await openAs(COORDINATOR, '/themes/klimaat');
    const section = page.getByRole('region', { name: 'Ambitieladder' });
    await section.getByRole('button', { name: 'Vaststellen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Meting vaststellen' });
    await dialog.getByRole('button', { name: 'Vaststellen' }).click();

    const year = section.getByRole('region', { name: 'Meting 2025' });
    await year.getByText('Vastgesteld', { exact: true }).waitFor();
    const table = section.getByRole('table', { name: /Stappen van Klimaat per jaar/ });
    await table.getByRole('row', { name: '2025 (vastgesteld) 3 Verbreding' }).waitFor();
    await section.getByText('Nog 1 stap tot Borging', { exact: false }).waitFor();
    expect(await section.getByRole('img', { name: /Ambitieladder van Klimaat/ }).count()).toBe(1);
    expect(await severeViolations(page)).toEqual([]);

    await page.goto(`${e2e.appUrl}/`);
    const progress = page.getByRole('region', { name: 'Voortgang naar stap 4 in 2028' });
    await progress.getByText('van de 6 thema’s', { exact: false }).waitFor();
    expect(await progress.getByRole('link', { name: 'Klimaat' }).count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);
    await page.close();
  });

  it('stays readable in the dark theme, chart and all', async () => {
    const context = await e2e.browser.newContext({
      locale: 'nl-NL',
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await signInAs(page, e2e.appUrl, /Lotte Peeters/);
      await page.goto(`${e2e.appUrl}/themes/klimaat`);
      const section = page.getByRole('region', { name: 'Ambitieladder' });
      await section.getByRole('row', { name: '2025 (vastgesteld) 3 Verbreding' }).waitFor();
      expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
      expect(await severeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
