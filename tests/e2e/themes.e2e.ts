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

describe('the themes overview and a theme page', () => {
  it('shows the six themes from the local SharePoint, accessibly', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, /Lotte Peeters/);
    await page.getByRole('heading', { level: 3, name: 'Social Return' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(6);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('opens a theme from its card, with its goals and the way to its board', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, /Lotte Peeters/);
    await page.getByRole('link', { name: 'Circulair', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Circulair' }).waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Het versterken van regionale inkoop' })
      .waitFor();
    expect(await page.getByRole('link', { name: 'Naar het actiebord' }).getAttribute('href')).toBe(
      '/themes/circulair/board',
    );
    expect(await severeViolations(page)).toEqual([]);
  });

  it('stays readable in the dark theme', async () => {
    const context = await e2e.browser.newContext({
      locale: 'nl-NL',
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await signInAs(page, e2e.appUrl, /Lotte Peeters/);
      expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
      expect(await severeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('stays readable in Teams’ high-contrast theme', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.teamsHostUrl({ theme: 'contrast' }));
    const app = page.frameLocator('#app-frame');
    await app.getByRole('heading', { level: 3, name: 'Klimaat' }).waitFor();
    expect(await app.locator('[data-theme]').first().getAttribute('data-theme')).toBe('contrast');
    expect(await severeViolations(page, '#app-frame')).toEqual([]);
  });
});
