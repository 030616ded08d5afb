import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointRepositories } from '../../src/data/sharepoint/create-repositories';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { startE2E, type E2E } from './support/harness';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

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

/** The computed background of the app's FluentProvider root, which the Fluent theme sets. */
async function providerBackground(page: Page): Promise<string> {
  const frame = await appFrame(page);
  return String(
    await frame.evaluate(
      "getComputedStyle(document.querySelector('[data-theme]')).backgroundColor",
    ),
  );
}

describe('the app inside the local Teams host', () => {
  it('starts in Teams mode and follows live switches to dark and high contrast', async () => {
    const { page, app } = await openTeamsHost();
    // The themes come from the local SharePoint with the token for the user Teams presents.
    await app.getByRole('heading', { level: 3, name: 'Klimaat' }).waitFor();
    expect(await app.getByRole('article').count()).toBe(6);
    // Teams signs the person in: no identity picker, no standalone header.
    expect(await app.getByRole('banner').count()).toBe(0);
    expect(await app.locator('[data-theme]').getAttribute('data-theme')).toBe('light');
    expect(await providerBackground(page)).toBe('rgb(255, 255, 255)');
    await page.getByText('appInitialization.success').waitFor();

    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    await app.locator('[data-theme="dark"]').waitFor();
    expect(await providerBackground(page)).toBe('rgb(41, 41, 41)');

    await page.getByLabel('Theme', { exact: true }).selectOption('contrast');
    await app.locator('[data-theme="contrast"]').waitFor();
    expect(await providerBackground(page)).toBe('rgb(0, 0, 0)');
  });

  it('speaks English when Teams runs in en-us', async () => {
    const { app } = await openTeamsHost({ locale: 'en-us' });
    await app.getByRole('heading', { level: 1, name: 'Themes' }).waitFor();
    await app.getByText('The organisation’s ambition').waitFor();
    expect(await app.locator('html').getAttribute('lang')).toBe('en');
  });

  it('opens the theme named by a deep link’s sub-page id', async () => {
    const { page, app } = await openTeamsHost({ subPageId: 'theme-klimaat' });
    await app.getByRole('heading', { level: 1, name: /Klimaat/ }).waitFor();
    expect(new URL((await appFrame(page)).url()).pathname).toBe('/themes/klimaat');
  });

  it('opens a deep-linked action in a modal dialog that holds the focus', async () => {
    const { siteUrl } = e2e.sharePoint;
    const token = await localToken(siteUrl, 'lotte.peeters@mvoi.local');
    const repositories = createSharePointRepositories({ siteUrl, getToken: async () => token });
    const action = (await repositories.plan.loadThemeBoard('circulair')).actions[1];
    if (!action) throw new Error('the seeded plan has no second Circulair action');
    const { page, app } = await openTeamsHost({
      user: 'lotte.peeters@mvoi.local',
      subPageId: `action-${action.id}`,
    });

    const dialog = app.getByRole('dialog', { name: action.title });
    await dialog.waitFor();
    // The board opened behind it, and the focus trap hides it from assistive technology.
    await app.locator('h1', { hasText: 'Bord Circulair' }).waitFor();
    await app.getByRole('heading', { level: 1, name: 'Bord Circulair' }).waitFor({
      state: 'detached',
    });
    const focusInDialog = async () =>
      (await appFrame(page)).evaluate(
        "document.querySelector('[role=dialog]').contains(document.activeElement)",
      );
    expect(await focusInDialog()).toBe(true);
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('Tab');
    expect(await focusInDialog()).toBe(true);
    expect(await dialog.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await app.getByRole('heading', { level: 1, name: 'Bord Circulair' }).waitFor();
    expect(new URL((await appFrame(page)).url()).search).toBe('');
  });

  it('cannot save the channel tab without a complete choice', async () => {
    const { page, app } = await openTeamsHost({ tab: 'channel', frame: 'settings' });
    await app.getByRole('heading', { name: 'Wat toont dit tabblad?' }).waitFor();
    const save = page.getByRole('button', { name: 'Save' });
    expect(await save.isDisabled()).toBe(true);

    await app.getByRole('radio', { name: 'Het bord van één thema' }).check();
    await app.getByRole('combobox', { name: /Thema/ }).waitFor();
    expect(await save.isDisabled()).toBe(true);
  });

  it('saves the channel tab configuration and opens the configured tab', async () => {
    const { page, app } = await openTeamsHost({ tab: 'channel', frame: 'settings' });
    await app.getByRole('radio', { name: 'Het bord van één thema' }).check();
    await app.getByRole('combobox', { name: /Thema/ }).selectOption('circulair');
    const save = page.getByRole('button', { name: 'Save' });
    await expect.poll(() => save.isDisabled()).toBe(false);
    await save.click();

    const saved = page.locator('#saved-config[data-entity-id="board-circulair"]');
    await saved.waitFor();
    expect(await saved.getAttribute('data-content-url')).toBe(
      `${e2e.appUrl}/channel?view=board&theme=circulair`,
    );
    expect(await saved.textContent()).toContain('Bord Circulair');

    await app.getByRole('heading', { level: 1, name: 'Bord Circulair' }).waitFor();
    await app.getByRole('region', { name: 'Niet gestart' }).waitFor();
  });
});
