import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/data/repositories';
import { createSharePointRepositories } from '../../src/data/sharepoint/create-repositories';
import type { ActionSummary } from '../../src/domain/action';
import { needsDecision } from '../../src/domain/plan-update';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { startE2E, type E2E } from './support/harness';
import { severeViolations, signInAs } from './support/page-helpers';

let e2e: E2E;
let coordinator: Repositories;
let klimaat: ActionSummary[];

const COORDINATOR = /Sanne Vermeulen/;
const YEAR = new Date().getFullYear() + 1;
const LAST_YEAR = YEAR - 1;
const REASON = 'Het landelijke programma is beëindigd';

beforeAll(async () => {
  e2e = await startE2E();
  const { siteUrl } = e2e.sharePoint;
  const token = await localToken(siteUrl, 'coordinator@mvoi.local');
  coordinator = createSharePointRepositories({ siteUrl, getToken: async () => token });
  const plan = await coordinator.plan.loadPlan();
  const theme = plan.themes.find((candidate) => candidate.key === 'klimaat');
  const open = plan.actions.filter((action) => needsDecision(action, YEAR));
  klimaat = open.filter((action) => action.themeId === theme?.id);
  // Another coordinator has already decided on every other theme and the rest of Klimaat: the
  // wizard resumes their draft, and what is left is the three actions this suite decides on.
  const stored = await coordinator.planUpdates.get(YEAR);
  await coordinator.planUpdates.save(
    {
      ...stored.draft,
      choices: Object.fromEntries(
        open
          .filter((action) => !klimaat.slice(0, 3).includes(action))
          .map((action) => [String(action.id), { kind: 'carry' as const, timing: `Q1 ${YEAR}` }]),
      ),
    },
    stored.version,
  );
});

afterAll(async () => {
  await e2e?.close();
});

const card = (scope: Page | Locator, title: string) => scope.getByRole('article', { name: title });

const COLUMNS = ['Niet gestart', 'Bezig', 'Gereed', 'Geblokkeerd'];

/** The status column each action is in, on a board filtered to one plan year. */
async function columnsOf(page: Page, titles: readonly string[]): Promise<string[]> {
  const columns: string[] = [];
  for (const title of titles) {
    for (const name of COLUMNS) {
      if (await card(page.getByRole('region', { name, exact: true }), title).count()) {
        columns.push(name);
      }
    }
  }
  return columns;
}

async function reportText(page: Page, year: number): Promise<string> {
  await page.goto(`${e2e.appUrl}/reports/${year}`);
  const heading = page.getByRole('heading', {
    level: 1,
    name: `Voortgangsrapportage MVOI ${year}`,
  });
  await heading.waitFor();
  await page.getByRole('region', { name: 'Thema Klimaat' }).waitFor();
  return page.locator('main').innerText();
}

describe('the yearly update in Chromium', () => {
  it('carries, stops and closes Klimaat actions; the new year shows them, the old one reads the same', async () => {
    const [carry, stop, done] = klimaat;
    if (!carry || !stop || !done) throw new Error('the seed has too few open Klimaat actions');
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, COORDINATOR);

    await page.goto(`${e2e.appUrl}/themes/klimaat/board?year=${carry.planYear}`);
    await card(page, carry.title).waitFor();
    const oldColumns = await columnsOf(page, [carry.title, stop.title]);
    const reportBefore = await reportText(page, LAST_YEAR);
    const planYearReportBefore = await reportText(page, carry.planYear);

    await page.goto(`${e2e.appUrl}/`);
    await page.getByRole('link', { name: `Actieplan ${YEAR} voorbereiden` }).click();
    await page.getByRole('heading', { level: 1, name: `Actieplan ${YEAR} voorbereiden` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Klimaat' }).waitFor();
    expect(await severeViolations(page)).toEqual([]);

    const row = (title: string) => page.getByRole('group', { name: title, exact: true });
    // What the other coordinator chose is there.
    const resumed = klimaat[3];
    if (resumed) {
      expect(
        await row(resumed.title)
          .getByRole('radio', { name: `Doorschuiven naar ${YEAR}` })
          .isChecked(),
      ).toBe(true);
    }
    await row(carry.title)
      .getByRole('radio', { name: `Doorschuiven naar ${YEAR}` })
      .check();
    await row(carry.title).getByRole('combobox', { name: 'Jaar' }).selectOption(String(YEAR));
    await row(carry.title).getByRole('combobox', { name: 'Kwartaal' }).selectOption('2');
    await row(carry.title).getByText(`Wordt opgeslagen als: Q2 ${YEAR}`).waitFor();
    await row(stop.title).getByRole('radio', { name: 'Stoppen' }).check();
    await row(done.title).getByRole('radio', { name: 'Afronden als gereed' }).check();

    // The keyboard reaches the save; a stop without a reason is refused at its field.
    await page.getByRole('button', { name: 'Opslaan en verder' }).focus();
    await page.keyboard.press('Enter');
    await row(stop.title).getByText('Geef een reden om te stoppen.').waitFor();
    await row(stop.title)
      .getByRole('textbox', { name: /Reden om te stoppen/ })
      .fill(REASON);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.getByRole('heading', { level: 2, name: 'Circulair' }).waitFor();

    await page.getByRole('button', { name: 'Overzicht en toepassen' }).click();
    const summary = page.getByRole('region', { name: 'Overzicht en toepassen' });
    await summary.waitFor();
    expect(await summary.getByText('Nog te beslissen').count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);
    await summary.getByRole('button', { name: 'Toepassen' }).click();
    await summary.getByText(new RegExp(`^Het actieplan ${YEAR} is bijgewerkt`)).waitFor();

    // The new year's board: the carried action with its new timing and where it came from.
    await summary.getByRole('link', { name: `Bord Klimaat van ${YEAR} bekijken` }).click();
    await page.getByRole('heading', { level: 1, name: 'Bord Klimaat' }).waitFor();
    const carried = card(page, carry.title);
    await carried.getByText(`Q2 ${YEAR}`).waitFor();
    await page.getByRole('button', { name: carry.title, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Actie bewerken' });
    await dialog.getByRole('button', { name: 'Geschiedenis' }).click();
    await dialog.getByText(new RegExp(`^Verplaatst van .+ naar Q2 ${YEAR}`)).waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await card(page, stop.title).count()).toBe(0);

    // The old year: the carried and the stopped action as they stood, and the same report.
    await page.goto(`${e2e.appUrl}/themes/klimaat/board?year=${carry.planYear}`);
    await card(page, carry.title).waitFor();
    expect(await columnsOf(page, [carry.title, stop.title])).toEqual(oldColumns);
    await card(page, carry.title).getByText(`Doorgeschoven naar ${YEAR}`).waitFor();
    await card(page, stop.title).getByText(`Gestopt: ${REASON}`).waitFor();
    expect(await reportText(page, LAST_YEAR)).toBe(reportBefore);
    // The actions' own year too: it ended before the update closed them, so it reads as it was.
    expect(await reportText(page, carry.planYear)).toBe(planYearReportBefore);
    await page.close();
  });
});
