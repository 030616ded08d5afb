import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
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

const KLIMAAT_OWNER = { login: 'klimaat.eigenaar@mvoi.local', name: 'Joris Hermans (Klimaat)' };

async function openTeamsHost(query: Record<string, string> = {}) {
  const page = await e2e.newPage();
  await page.goto(e2e.teamsHostUrl(query));
  return { page, app: page.frameLocator('#app-frame') };
}

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('#app-frame').elementHandle())?.contentFrame();
  if (!frame) throw new Error('the app frame has not loaded');
  return frame;
}

/** Adds the app to a channel as the deadline overview, as a team owner does in Teams. */
async function openDeadlineChannelTab() {
  const { page, app } = await openTeamsHost({ tab: 'channel', frame: 'settings' });
  await app.getByRole('radio', { name: 'Deadline-overzicht van alle thema’s' }).check();
  const save = page.getByRole('button', { name: 'Save' });
  await expect.poll(() => save.isDisabled()).toBe(false);
  await save.click();
  await overviewShown(app);
  return { page, app };
}

async function overviewShown(app: FrameLocator): Promise<Locator> {
  await app.getByRole('heading', { level: 1, name: 'Deadline-overzicht' }).waitFor();
  const matrix = app.getByRole('table', { name: 'Deadlines per thema' });
  await matrix.waitFor();
  return matrix;
}

/** The count in a section's heading, "Te laat (3)"; 0 while the section is not listed. */
async function sectionCount(app: FrameLocator, section: string): Promise<number> {
  const heading = app.getByRole('heading', {
    level: 2,
    name: new RegExp(`^${section} \\(\\d+\\)$`),
  });
  if ((await heading.count()) === 0) return 0;
  return Number(/\((\d+)\)$/.exec((await heading.textContent()) ?? '')?.[1]);
}

/** The theme column of every row the list shows for a section. */
async function themesListed(app: FrameLocator, section: string, count: number): Promise<string[]> {
  const rows = app.getByRole('table', { name: `${section} (${count})` }).getByRole('row');
  // The first row holds the column headers; the theme is the second column.
  const cells = await rows.locator('td:nth-child(2)').allTextContents();
  expect(await rows.count()).toBe(cells.length + 1);
  return cells;
}

describe('the deadline overview in a Teams channel tab', () => {
  it('is what a channel tab configured as “Deadline-overzicht” shows', async () => {
    const { page, app } = await openDeadlineChannelTab();

    const saved = page.locator('#saved-config[data-entity-id="deadlines"]');
    await saved.waitFor();
    expect(await saved.getAttribute('data-content-url')).toBe(
      `${e2e.appUrl}/channel?view=deadlines`,
    );
    expect(await saved.textContent()).toContain('Deadlines');
    await app.getByText(/^Stand per \d{1,2} \w+ \d{4}$/).waitFor();
    await app.getByRole('heading', { level: 2, name: /^Te laat \(\d+\)$/ }).waitFor();
    expect(new URL((await appFrame(page)).url()).pathname).toBe('/deadlines');
  });

  it('filters the list by a matrix cell, and shows the same filter when that URL is reloaded', async () => {
    const { page, app } = await openDeadlineChannelTab();
    const matrix = await overviewShown(app);
    const cell = matrix.getByRole('link', { name: /^Klimaat, Te laat: \d+ acties?$/ });
    const count = Number(
      /: (\d+) acties?$/.exec((await cell.getAttribute('aria-label')) ?? '')?.[1],
    );
    expect(count).toBeGreaterThan(0);

    await cell.click();
    const filtered = async () => {
      // Only the chosen section is listed, and only the chosen theme's actions in it.
      await app.getByRole('heading', { level: 2, name: /^Binnenkort/ }).waitFor({
        state: 'detached',
      });
      await app.getByRole('heading', { level: 2, name: `Te laat (${count})` }).waitFor();
      expect(new Set(await themesListed(app, 'Te laat', count))).toEqual(new Set(['Klimaat']));
      expect(await app.getByRole('combobox', { name: 'Thema' }).inputValue()).toBe('klimaat');
      expect(await app.getByRole('combobox', { name: 'Deadline' }).inputValue()).toBe('overdue');
    };
    await filtered();
    const url = new URL((await appFrame(page)).url());
    expect(url.pathname).toBe('/deadlines');
    expect(url.searchParams.get('theme')).toBe('klimaat');
    expect(url.searchParams.get('section')).toBe('overdue');

    // Teams reloads a tab at the address it was left at; a link shared from it opens the same.
    await (await appFrame(page)).goto(url.toString());
    await overviewShown(app);
    await filtered();
  });

  it('counts a theme owner’s late and coming actions on the header badge, as the overview does', async () => {
    const { app } = await openTeamsHost({ user: KLIMAAT_OWNER.login });
    const badge = app.getByRole('button', {
      name: /^Mijn deadlines: \d+ acties? te laat of binnenkort$/,
    });
    const mine = Number(/: (\d+) /.exec((await badge.getAttribute('aria-label')) ?? '')?.[1]);
    expect(mine).toBeGreaterThan(0);
    expect(await badge.textContent()).toBe(String(mine));

    // The Klimaat actions have no owner of their own: the theme's owner answers for them, in all
    // plan years, in the two sections that call for attention.
    await app.getByRole('tab', { name: 'Deadlines' }).click();
    await overviewShown(app);
    // The year first: every step before the owner's shows more actions than the owner has, so
    // the count is theirs once it matches. Polled as long as Playwright waits for an element.
    await app.getByRole('combobox', { name: 'Planjaar' }).selectOption({ label: 'Alle jaren' });
    await app
      .getByRole('combobox', { name: 'Eigenaar' })
      .selectOption({ label: KLIMAAT_OWNER.name });
    await expect
      .poll(
        async () => (await sectionCount(app, 'Te laat')) + (await sectionCount(app, 'Binnenkort')),
        { timeout: 30_000 },
      )
      .toBe(mine);
  });

  it('passes an axe scan, and so does the open my-deadlines popover', async () => {
    const { page, app } = await openTeamsHost({ user: KLIMAAT_OWNER.login });
    await app.getByRole('tab', { name: 'Deadlines' }).click();
    await overviewShown(app);
    expect(await severeViolations(page, '#app-frame')).toEqual([]);

    await app.getByRole('button', { name: /^Mijn deadlines: / }).click();
    const popover = app.getByRole('dialog', { name: 'Mijn deadlines' });
    await popover.waitFor();
    await popover.getByRole('link', { name: /^Al mijn deadlines \(\d+\)$/ }).waitFor();
    // The popover traps the focus and hides the page behind it from assistive technology.
    await app.getByRole('heading', { level: 1, name: 'Deadline-overzicht' }).waitFor({
      state: 'detached',
    });
    const frame = await appFrame(page);
    const focusInPopover =
      "document.querySelector('[role=dialog]').contains(document.activeElement)";
    expect(await frame.evaluate(focusInPopover)).toBe(true);
    expect(await severeViolations(page, '#app-frame')).toEqual([]);
  });

  it.each(['dark', 'contrast'])('stays readable in Teams’ %s theme', async (theme) => {
    const { page, app } = await openTeamsHost({ theme });
    await app.getByRole('tab', { name: 'Deadlines' }).click();
    await overviewShown(app);
    await app.getByRole('heading', { level: 2, name: /^Te laat \(\d+\)$/ }).waitFor();
    expect(await app.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
    expect(await severeViolations(page, '#app-frame')).toEqual([]);
  });
});
