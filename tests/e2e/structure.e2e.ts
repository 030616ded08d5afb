import type { Locator, Page } from 'playwright-core';
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

/** Waits for a dialog's opening animation: mid-fade, axe would measure its colours faded. */
async function opened(dialog: Locator): Promise<void> {
  await dialog.evaluate((element) =>
    Promise.all(
      element
        .getAnimations({ subtree: true })
        .map((animation: { finished: Promise<unknown> }) => animation.finished),
    ),
  );
}

/** The theme page's goal cards, in the order it shows them. */
async function goalCards(page: Page): Promise<string[]> {
  return page.locator('[aria-labelledby^="goal-"] h3').allTextContents();
}

describe('editing a theme’s goals', () => {
  it('lets the theme’s owner rename and reorder a goal by keyboard, and the board shows it', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, /Joris Hermans/);
    await page.getByRole('link', { name: 'Klimaat', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Klimaat' }).waitFor();
    await page.getByRole('button', { name: 'Doelen bewerken' }).click();
    const editor = page.getByRole('region', { name: 'Doelen van Klimaat bewerken' });
    await editor.waitFor();
    expect(await severeViolations(page)).toEqual([]);

    const [first, second] = await goalCards(page);
    if (!first || !second) throw new Error('klimaat needs two goals');
    await editor.getByRole('button', { name: `${second} hernoemen` }).click();
    const name = editor.getByRole('textbox', { name: 'Naam van het doel' });
    await expect.poll(() => name.evaluate((element) => element.matches(':focus'))).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Meten en verbeteren');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Meten en verbeteren' }).waitFor();

    // Up by keyboard: the button keeps the focus, so a second Enter would move it again.
    const up = editor.getByRole('button', { name: 'Meten en verbeteren omhoog' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await goalCards(page)).slice(0, 2))
      .toEqual(['Meten en verbeteren', first]);
    expect(
      await editor
        .getByRole('button', { name: 'Meten en verbeteren omlaag' })
        .evaluate((element) => element.matches(':focus')),
    ).toBe(true);

    // Stored in SharePoint: a fresh read of the page and the board show the new name and order.
    await page.getByRole('link', { name: 'Naar het actiebord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bord Klimaat' }).waitFor();
    const goalFilter = page.getByRole('combobox', { name: 'Doel' });
    const options = await goalFilter.locator('option').allTextContents();
    expect(options.indexOf('Meten en verbeteren')).toBeLessThan(options.indexOf(first));
    await goalFilter.selectOption({ label: 'Meten en verbeteren' });
    await expect.poll(() => page.getByText('Meten en verbeteren').count()).toBeGreaterThan(1);
  });

  it('passes axe with a coordinator’s theme dialog and a goal’s remove dialog open', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, /Sanne Vermeulen/);
    await page.getByRole('link', { name: 'Circulair', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Circulair' }).waitFor();

    await page.getByRole('button', { name: 'Thema bewerken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thema Circulair bewerken' });
    await dialog.getByRole('textbox', { name: 'Omschrijving' }).waitFor();
    await opened(dialog);
    expect(await severeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Doelen bewerken' }).click();
    const [goal] = await goalCards(page);
    await page.getByRole('button', { name: `${goal} verwijderen` }).click();
    const remove = page.getByRole('dialog', { name: 'Doel verwijderen' });
    await remove.getByRole('button', { name: 'Annuleren' }).waitFor();
    await opened(remove);
    expect(await severeViolations(page)).toEqual([]);
    await remove.getByRole('button', { name: 'Annuleren' }).click();
    await remove.waitFor({ state: 'detached' });
    expect(await goalCards(page)).toContain(goal);
  });
});
