import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { severeViolations } from './support/page-helpers';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe('the app in a plain browser tab (local mode)', () => {
  it('starts standalone and lets a person pick a role, remembered across reloads', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.appUrl}/`);

    await page.getByRole('heading', { name: 'Wie bent u?' }).waitFor();
    // The users arrive from the local SharePoint after the picker shows.
    await page.getByRole('button', { name: /Joris Hermans \(Klimaat\)/ }).waitFor();
    const groups = page.getByRole('main').getByRole('heading', { level: 2 });
    expect(await groups.allTextContents()).toEqual(['Coördinator', 'Thema-eigenaren', 'Collega’s']);
    await page.getByRole('button', { name: /Joris Hermans \(Klimaat\)/ }).click();

    const header = page.getByRole('banner');
    await header.getByText('Joris Hermans (Klimaat)').waitFor();
    expect(await header.textContent()).toContain('Eigenaar van Klimaat');
    await page.getByRole('heading', { level: 3, name: 'Klimaat' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thema’s');

    await page.reload();
    await header.getByText('Joris Hermans (Klimaat)').waitFor();

    await header.getByRole('button', { name: 'Wisselen van identiteit' }).click();
    await page.getByRole('heading', { name: 'Wie bent u?' }).waitFor();
    await page.getByRole('button', { name: /Sanne Vermeulen/ }).click();
    expect(await header.textContent()).toContain('Coördinator');
  });

  it('shows the picker without serious or critical accessibility violations', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.appUrl}/?host=standalone`);
    await page.getByRole('button', { name: /Lotte Peeters/ }).waitFor();

    expect(await severeViolations(page)).toEqual([]);
  });
});
