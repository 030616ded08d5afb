import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';

let e2e: E2E;
let stranger: Server;
let strangerUrl: string;

const framingPage = (appUrl: string) =>
  `<!doctype html><title>Elsewhere</title><iframe id="app-frame" title="App" src="${appUrl}/"></iframe>`;

beforeAll(async () => {
  e2e = await startE2E();
  // Another origin (its own port) that tries to show the app in a frame.
  stranger = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(framingPage(e2e.appUrl));
  });
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
  strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => stranger?.close(resolve));
  await e2e?.close();
});

/** Chromium's console lines refusing a frame under the content security policy. */
function refusalsOn(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

/** The app's frame once it has loaded, whatever it loaded. */
async function appFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#app-frame');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState();
  return frame;
}

describe('who may frame the app', () => {
  it('refuses a page on another origin', async () => {
    const page = await e2e.newPage();
    const refusals = refusalsOn(page);
    await page.goto(strangerUrl);
    const frame = await appFrame(page);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    expect(frame.url()).not.toBe(`${e2e.appUrl}/`);
    expect(await frame.locator('#root').count()).toBe(0);
  });

  it('lets the local Teams host, on the app’s own origin, frame it', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.teamsHostUrl());
    await page
      .frameLocator('#app-frame')
      .getByRole('heading', { level: 3, name: 'Klimaat' })
      .waitFor();
  });

  it('lets Teams frame it', async () => {
    // A public page framing a loopback one needs Chromium's local network permission; the
    // deployed app is public too, so only the content security policy is left to decide.
    const context = await e2e.browser.newContext({
      locale: 'nl-NL',
      permissions: ['local-network-access'],
    });
    try {
      const page = await context.newPage();
      // teams.microsoft.com as the browser sees it, answered here: the policy is about its origin.
      await page.route('https://teams.microsoft.com/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: framingPage(e2e.appUrl) }),
      );
      const refusals = refusalsOn(page);
      await page.goto('https://teams.microsoft.com/v2/');
      const frame = await appFrame(page);
      expect(frame.url()).toBe(`${e2e.appUrl}/`);
      await frame.locator('#root').waitFor({ state: 'attached' });
      expect(refusals).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
