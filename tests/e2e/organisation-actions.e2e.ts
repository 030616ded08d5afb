import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN } from '../../src/domain/seed-plan';
import { startE2E, type E2E } from './support/harness';
import { severeViolations, signInAs } from './support/page-helpers';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const COORDINATOR = { name: /Sanne Vermeulen/ };
const AWARENESS = SEED_PLAN.organisationActions[1]?.title ?? '';

async function openAs(who: { name: RegExp }): Promise<Page> {
  const page = await e2e.newPage();
  await signInAs(page, e2e.appUrl, who.name);
  return page;
}

describe('the organisation-wide actions in Chromium', () => {
  it('lets the coordinator change one’s timing from the home page on, axe clean', async () => {
    const page = await openAs(COORDINATOR);
    await page.getByRole('link', { name: 'Organisatiebrede acties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisatiebrede acties' }).waitFor();
    const table = page.getByRole('table', { name: 'Organisatiebrede acties' });
    await table.getByRole('button', { name: AWARENESS, exact: true }).waitFor();
    expect(await severeViolations(page)).toEqual([]);

    await table.getByRole('button', { name: `Bewerk ${AWARENESS}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Actie bewerken' });
    await dialog.getByRole('textbox', { name: /Titel/ }).waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Doel' }).count()).toBe(0);
    const year = String(new Date().getFullYear() + 1);
    await dialog.getByRole('radio', { name: 'Eén kwartaal' }).check();
    await dialog.getByRole('combobox', { name: 'Jaar', exact: true }).selectOption(year);
    await dialog.getByRole('combobox', { name: 'Kwartaal', exact: true }).selectOption('Q3');
    expect(await severeViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();

    await dialog.waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ hasText: AWARENESS });
    await row.getByText(`Q3 ${year}`).waitFor();
    // Back where it was opened from, for the keyboard.
    const edit = table.getByRole('button', { name: `Bewerk ${AWARENESS}` });
    await expect
      .poll(() => edit.evaluate((element) => element.ownerDocument.activeElement === element))
      .toBe(true);
    expect(await severeViolations(page)).toEqual([]);

    await page.reload();
    await table.getByRole('row').filter({ hasText: AWARENESS }).getByText(`Q3 ${year}`).waitFor();
  });
});
