import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalApp, type LocalApp } from '../../../src/local-sharepoint/local-app';
import { launchChromium } from './browser';

export interface E2E {
  /** The app's origin; the standalone app is at `${appUrl}/`. */
  appUrl: string;
  /** The local Teams host page, framing the app. */
  teamsHostUrl: (query?: Record<string, string>) => string;
  /** The local SharePoint behind the app (its own origin, for Node-side setup and checks). */
  sharePoint: LocalApp['sharePoint'];
  /** What the local Graph activity feed and Workflows webhooks received. */
  inbox: LocalApp['inbox'];
  browser: Browser;
  /** A page in a fresh browser context (own storage, Dutch browser), closed with the harness. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A fresh local SharePoint (in memory, provisioned and seeded), the app's production build (what
 * users get, with the deployed headers; rebuilt only when its sources changed), and Chromium.
 */
export async function startE2E(): Promise<E2E> {
  const app = await startLocalApp({ dbPath: ':memory:', port: 0, ignoreEnvFiles: true });
  const stops: (() => Promise<void>)[] = [() => app.close()];
  const close = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const browser = await launchChromium();
    stops.push(() => browser.close());
    const contexts: BrowserContext[] = [];
    return {
      appUrl: app.appUrl,
      teamsHostUrl: (query = {}) => `${app.teamsHostUrl}?${new URLSearchParams(query).toString()}`,
      sharePoint: app.sharePoint,
      inbox: app.inbox,
      browser,
      async newPage() {
        // Fluent fades a control's colours as it changes state (a button becoming enabled); axe
        // scanning mid-fade measures a mix of two colours. Reduced motion makes states settle at once.
        const context = await browser.newContext({ locale: 'nl-NL', reducedMotion: 'reduce' });
        contexts.push(context);
        return context.newPage();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
