import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { build, preview } from 'vite';
import { listUrl } from '../../src/data/sharepoint/list-schema';
import { connectSite } from '../../src/data/sharepoint/sp-client';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { prepareLocalSite } from '../../src/local-sharepoint/prepare-local-site';
import { startLocalSharePoint } from '../../src/local-sharepoint/server';
import { launchChromium } from '../e2e/support/browser';

export interface BoardFigures {
  cards: number;
  /** SharePoint requests from opening the board to its first full render, and their bytes. */
  boardDataRequests: number;
  otherRequests: string[];
  bytes: number;
  /** From the board's first data request to all cards on screen. */
  renderMs: number;
  /** The same data requests replayed bare in the page (no parsing, no React). */
  bareFetchMs: number;
  moveMs: number;
}

const EXTRA_ACTIONS = 1000;

async function seedActions(siteUrl: string, origin: string): Promise<void> {
  const token = await localToken(origin + new URL(siteUrl).pathname, 'coordinator@mvoi.local');
  const sp = connectSite({ siteUrl, getToken: async () => token });
  const themes = (await sp.web
    .getList(listUrl(siteUrl, 'MvoiThemes'))
    .items.select('Id', 'ThemeKey')()) as {
    Id: number;
    ThemeKey: string;
  }[];
  const klimaat = themes.find((theme) => theme.ThemeKey === 'klimaat');
  if (!klimaat) throw new Error('no klimaat theme');
  for (let start = 0; start < EXTRA_ACTIONS; start += 100) {
    const [batch, execute] = sp.batched({ maxRequests: 100 });
    const adds = Array.from({ length: 100 }, (_, index) =>
      batch.web.getList(listUrl(siteUrl, 'MvoiActions')).items.add({
        Title: `Benchmarkactie ${start + index + 1}`,
        ThemeId: klimaat.Id,
        Status: ['Niet gestart', 'Bezig', 'Gereed', 'Geblokkeerd'][index % 4],
        Timing: `Q${(index % 4) + 1} 2027`,
        DueDate: `2027-${['03-31', '06-30', '09-30', '12-31'][index % 4]}T12:00:00Z`,
      }),
    );
    await execute();
    await Promise.all(adds);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function replayBare(page: Page, requests: Request[]): Promise<number> {
  const plan = await Promise.all(
    requests.map(async (request) => ({
      url: request.url(),
      method: request.method(),
      headers: await request.allHeaders(),
      body: request.postData(),
    })),
  );
  const runs: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    runs.push(
      await page.evaluate(async (calls) => {
        const started = performance.now();
        for (const call of calls) {
          const response = await fetch(call.url, {
            method: call.method,
            headers: call.headers,
            body: call.body ?? undefined,
          });
          await response.arrayBuffer();
        }
        return performance.now() - started;
      }, plan),
    );
  }
  return median(runs);
}

/** Opens a board of 1,000+ cards in the production build in Chromium and measures it. */
export async function benchBoard(): Promise<BoardFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'mvoi-bench-dist-'));
  const sharePoint = await startLocalSharePoint({ port: 0, dbPath: ':memory:' });
  const stops: (() => Promise<unknown>)[] = [
    () => sharePoint.close(),
    async () => rmSync(outDir, { recursive: true, force: true }),
  ];
  try {
    await prepareLocalSite(sharePoint.siteUrl);
    await seedActions(sharePoint.siteUrl, sharePoint.origin);
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const target = sharePoint.origin;
    const server = await preview({
      logLevel: 'warn',
      build: { outDir },
      preview: {
        host: '127.0.0.1',
        port: 0,
        proxy: { '/sites': { target, xfwd: true }, '/_local': { target, xfwd: true } },
      },
    });
    stops.push(() => server.close());
    const appUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
    const browser = await launchChromium();
    stops.push(() => browser.close());
    const page = await (
      await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 } })
    ).newPage();

    await page.goto(`${appUrl}/`);
    await page.getByRole('button', { name: /Joris Hermans/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Thema’s' }).waitFor();

    const requests: Request[] = [];
    const bytes: number[] = [];
    let recording = true;
    page.on('request', (request) => {
      if (recording && request.url().includes('/_api/')) requests.push(request);
    });
    page.on('requestfinished', (request) => {
      if (!recording || !request.url().includes('/_api/')) return;
      void request
        .sizes()
        .then((sizes) => bytes.push(sizes.responseBodySize + sizes.responseHeadersSize))
        .catch(() => undefined);
    });
    await page.goto(`${appUrl}/themes/klimaat/board`);
    const cards = EXTRA_ACTIONS + 6;
    // The first full render: every card of the board is on screen.
    await page.waitForFunction(
      `document.querySelectorAll('main article').length >= ${cards}`,
      undefined,
      {
        polling: 'raf',
        timeout: 120_000,
      },
    );
    const renderedAt = await page.evaluate(() => performance.now());
    const boardRequests = requests.filter((request) =>
      /MvoiThemes|\$batch/.test(decodeURIComponent(request.url())),
    );
    const firstStart = Math.min(...boardRequests.map((request) => request.timing().startTime));
    const navigationStart = await page.evaluate(() => performance.timeOrigin);
    const renderMs = renderedAt - (firstStart - navigationStart);
    await page.waitForLoadState('networkidle');
    recording = false;

    const bareFetchMs = await replayBare(page, boardRequests);

    const title = 'Benchmarkactie 1';
    await page.getByRole('button', { name: `Verslepen: ${title}`, exact: true }).focus();
    const moveStarted = Date.now();
    const saved = page.waitForResponse(
      (response) => response.url().includes('$batch') && response.request().method() === 'POST',
    );
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await saved;
    await page
      .getByRole('region', { name: 'Bezig' })
      .getByRole('article', { name: title, exact: true })
      .waitFor();
    const moveMs = Date.now() - moveStarted;

    return {
      cards,
      boardDataRequests: boardRequests.length,
      otherRequests: requests
        .filter((request) => !boardRequests.includes(request))
        .map((request) => new URL(request.url()).pathname.split('/_api/')[1] ?? ''),
      bytes: bytes.reduce((sum, size) => sum + size, 0),
      renderMs,
      bareFetchMs,
      moveMs,
    };
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
