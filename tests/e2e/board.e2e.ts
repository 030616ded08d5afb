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

const OWNER = /Joris Hermans \(Klimaat\)/;
const COLLEAGUE = /Lotte Peeters/;
const COORDINATOR = /Sanne Vermeulen/;

async function openKlimaatBoard(page: Page, who: RegExp): Promise<void> {
  await signInAs(page, e2e.appUrl, who);
  await page.getByRole('link', { name: 'Actiebord van Klimaat' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bord Klimaat' }).waitFor();
}

const column = (page: Page, status: string): Locator => page.getByRole('region', { name: status });
const card = (scope: Page | Locator, title: string): Locator =>
  scope.getByRole('article', { name: title });

describe('the Klimaat board in Chromium', () => {
  it('lets the theme owner move a card with the mouse, and keeps it there after a reload', async () => {
    const page = await e2e.newPage();
    await openKlimaatBoard(page, OWNER);
    const title = 'Per jaar minimaal vier inkooptrajecten als pilot benoemen en uitvoeren';
    const handle = page.getByRole('button', { name: `Verslepen: ${title}` });
    await handle.scrollIntoViewIfNeeded();
    const target = await column(page, 'Bezig').boundingBox();
    const from = await handle.boundingBox();
    if (!target || !from) throw new Error('the board is not laid out');

    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 20, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 10 });
    await page.mouse.up();

    await card(column(page, 'Bezig'), title).waitFor();
    await page
      .getByText(/verplaatst naar Bezig|neergezet in Bezig/)
      .first()
      .waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.reload();
    await card(column(page, 'Bezig'), title).waitFor();
    expect(await card(column(page, 'Niet gestart'), title).count()).toBe(0);
  });

  it('lets the theme owner move a card by keyboard alone', async () => {
    const page = await e2e.newPage();
    await openKlimaatBoard(page, OWNER);
    const title =
      'Input leveren voor de nieuwe Europese aanbesteding ‘Inkoop Energie’, collectief Zuid-Limburg';
    await page.getByRole('button', { name: `Verslepen: ${title}` }).focus();
    // Each step waits for what a screen reader announces, as its user would.
    const announced = (text: string) =>
      page.getByText(`Actie ${title} ${text}`).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await announced('opgepakt.');
    await page.keyboard.press('ArrowRight');
    await announced('verplaatst naar Bezig.');
    await page.keyboard.press('ArrowRight');
    await announced('verplaatst naar Gereed.');
    await page.keyboard.press('Space');
    await announced('neergezet in Gereed.');

    await card(column(page, 'Gereed'), title).waitFor();
    await page.waitForLoadState('networkidle');
    // Done, a 2025 action is no longer open work of an earlier year: its own year shows it.
    await page.goto(`${e2e.appUrl}/themes/klimaat/board?year=2025`);
    await card(column(page, 'Gereed'), title).waitFor();
  });

  it('refuses an invalid edit at the field, then saves a valid one that survives a reload', async () => {
    const page = await e2e.newPage();
    await openKlimaatBoard(page, OWNER);
    const title =
      'Resultaten en werkwijze van de pilots periodiek evalueren; best practices actief delen';
    await page.getByRole('button', { name: title, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Actie bewerken' });
    const field = dialog.getByRole('textbox', { name: /Titel/ });

    await field.fill('');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Vul een titel in.').waitFor();
    await field.fill('x'.repeat(256));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('De titel mag maximaal 255 tekens zijn.').waitFor();
    expect(await severeViolations(page)).toEqual([]);

    await field.fill('Pilots elk kwartaal evalueren en delen via Stella');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await card(page, 'Pilots elk kwartaal evalueren en delen via Stella').waitFor();
  });

  it('shows a colleague the board read-only, accessibly', async () => {
    const page = await e2e.newPage();
    await openKlimaatBoard(page, COLLEAGUE);
    await card(page, 'Klimaatacties uit het actieplan jaarlijks actualiseren').waitFor();
    expect(await page.getByRole('button', { name: /^Verslepen:/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Verplaats naar…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Nieuwe actie' }).count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('turns two people editing one action into a choice, and loses neither edit', async () => {
    const owner = await e2e.newPage();
    const coordinator = await e2e.newPage();
    await openKlimaatBoard(owner, OWNER);
    await openKlimaatBoard(coordinator, COORDINATOR);
    const title =
      'Ervaring opdoen met de Milieukostenindicator (MKI) bij inkoop van elektrische voertuigen en minimaal 1 GWW-project (MKI asfalt)';

    const ownerDialog = owner.getByRole('dialog', { name: 'Actie bewerken' });
    const coordinatorDialog = coordinator.getByRole('dialog', { name: 'Actie bewerken' });
    await owner.getByRole('button', { name: title, exact: true }).click();
    await coordinator.getByRole('button', { name: title, exact: true }).click();

    await coordinatorDialog
      .getByRole('textbox', { name: 'Beschrijving' })
      .fill('Eerst de MKI-tool kiezen.');
    await coordinatorDialog.getByRole('button', { name: 'Opslaan' }).click();
    await coordinatorDialog.waitFor({ state: 'detached' });

    await ownerDialog
      .getByRole('textbox', { name: /Titel/ })
      .fill('MKI toepassen bij elektrische voertuigen en asfalt');
    await ownerDialog.getByRole('button', { name: 'Opslaan' }).click();
    await ownerDialog.getByText('Iemand anders heeft dit intussen gewijzigd').waitFor();
    const titleChoice = ownerDialog.getByRole('radiogroup', { name: 'Titel' });
    expect(await titleChoice.getByRole('radio', { name: /Uw versie/ }).isChecked()).toBe(true);
    const descriptionChoice = ownerDialog.getByRole('radiogroup', { name: 'Beschrijving' });
    expect(await descriptionChoice.getByRole('radio', { name: /Nu opgeslagen/ }).isChecked()).toBe(
      true,
    );
    await ownerDialog.getByRole('button', { name: 'Keuze opslaan' }).click();
    await ownerDialog.waitFor({ state: 'detached' });

    await coordinator.reload();
    await coordinator
      .getByRole('button', {
        name: 'MKI toepassen bij elektrische voertuigen en asfalt',
        exact: true,
      })
      .click();
    expect(
      await coordinatorDialog.getByRole('textbox', { name: 'Beschrijving' }).inputValue(),
    ).toBe('Eerst de MKI-tool kiezen.');
  });
});
