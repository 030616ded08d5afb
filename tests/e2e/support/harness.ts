import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppServer, type LocalSharePoint } from './app-server';
import { launchChromium } from './browser';
import { startFakeLocalSharePoint } from './fake-local-sharepoint';

export interface E2E {
  /** The app's origin; the standalone app is at `${appUrl}/`. */
  appUrl: string;
  /** The local Teams host page, framing the app. */
  teamsHostUrl: (query?: Record<string, string>) => string;
  sharePoint: LocalSharePoint;
  browser: Browser;
  /** A page in a fresh browser context (own storage, Dutch browser), closed with the harness. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface E2EOptions {
  /**
   * Starts what `/sites` and `/_local` go to. Defaults to the fake identity server; pass
   * `() => startLocalSharePoint({ port: 0, dbPath: ':memory:' })` for the real one.
   */
  startSharePoint?: () => Promise<LocalSharePoint>;
}

/** Local SharePoint (or its fake), the app on Vite, and Chromium; close() stops all three. */
export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const sharePoint = await (options.startSharePoint ?? startFakeLocalSharePoint)();
  const stops: (() => Promise<void>)[] = [() => sharePoint.close()];
  const close = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const app = await startAppServer(sharePoint.origin);
    stops.push(() => app.close());
    const browser = await launchChromium();
    stops.push(() => browser.close());
    const contexts: BrowserContext[] = [];
    return {
      appUrl: app.url,
      teamsHostUrl: (query = {}) =>
        `${app.url}/src/local-teams-host/index.html?${new URLSearchParams(query).toString()}`,
      sharePoint,
      browser,
      async newPage() {
        const context = await browser.newContext({ locale: 'nl-NL' });
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
