import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

/** Picks a local identity in the standalone app, as a person would, and waits for the themes. */
export async function signInAs(page: Page, appUrl: string, name: RegExp): Promise<void> {
  await page.goto(`${appUrl}/`);
  await page.getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 1, name: 'Thema’s' }).waitFor();
}

/** The serious and critical axe violations on the page (or `within` a part of it), as readable lines. */
export async function severeViolations(page: Page, within?: string): Promise<string[]> {
  // Fluent's focus manager (tabster) adds hidden, focus-redirecting <i data-tabster-dummy> guards;
  // they hand focus on at once and are invisible to screen readers by design.
  const dummies = '[data-tabster-dummy]';
  const builder = within
    ? new AxeBuilder({ page }).include(within).exclude([within, dummies])
    : new AxeBuilder({ page }).exclude(dummies);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        // The nodes' markup too: a violation caught mid-change must be recognisable from the log.
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 200)}`).join(', ')})`,
    );
}

/**
 * Runs `use` on a page of its own context in a plain browser that prefers a dark scheme, or forces
 * colours as Windows' high contrast does: the standalone host maps these to Teams' themes. (The
 * Teams host's own high-contrast theme is checked through the local Teams host.)
 */
export async function inTheme(
  browser: Browser,
  theme: 'dark' | 'contrast',
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    reducedMotion: 'reduce',
    ...(theme === 'dark' ? { colorScheme: 'dark' } : { forcedColors: 'active' }),
  });
  try {
    const page = await context.newPage();
    await use(page);
    const shown = await page.locator('[data-theme]').first().getAttribute('data-theme');
    if (shown !== theme) throw new Error(`the app showed its ${shown} theme, not ${theme}`);
  } finally {
    await context.close();
  }
}
