import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
