import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { build, preview } from 'vite';
import { ACTION_STATUS_CHOICES, listUrl } from '../../src/data/sharepoint/list-schema';
import { isFolderItem, toDateOnly } from '../../src/data/sharepoint/mappers';
import { readAll } from '../../src/data/sharepoint/site-lists';
import { connectSite } from '../../src/data/sharepoint/sp-client';
import { addActions } from '../../src/data/sharepoint/theme-folders';
import { defaultPlanYear } from '../../src/domain/plan-year';
import { dueDateOf, parseTiming } from '../../src/domain/timing';
import { SECTION_PAGE_SIZE } from '../../src/features/deadlines/deadline-overview';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { prepareLocalSite } from '../../src/local-sharepoint/prepare-local-site';
import { startLocalSharePoint } from '../../src/local-sharepoint/server';
import { launchChromium } from '../e2e/support/browser';
import { replayBare, timesOf, withBytes, type SharePointRequest } from './board-render';

export interface OverviewRun {
  latencyMs: number;
  /** Table rows mounted at the first full render: each open section's first page. */
  mountedRows: number;
  /** SharePoint requests for the overview's data: the plan's `$batch`, then the rest of its actions. */
  dataRequests: SharePointRequest[];
  /** Other SharePoint requests while the overview opens (the current user, settings). */
  otherRequests: SharePointRequest[];
  /** From the first data request to every section showing its count and first page. */
  renderMs: number;
  /** From the data in the browser (its last response) to that render: parsing, judging, React. */
  afterDataMs: number;
  /** The same data requests replayed bare in the page (no parsing, no React); median of 5. */
  bareFetchMs: number;
}

export interface OverviewFigures {
  /** Every action of the plan: its own and the benchmark's, in six themes. */
  actions: number;
  pageSize: number;
  runs: OverviewRun[];
}

const BENCH_ACTIONS = 5000;
/** The plan's forms, so the overview fills every section; the page's clock is the real one. */
const TIMINGS = [
  'Q1 2025',
  'Q3 2025',
  'Q1–Q2 2026',
  'Q2 2026',
  'Q3 2026',
  'Q4 2026',
  'Q1 2027',
  'Q3 2027',
  '2026',
  'Start vanaf Q2 2026',
  'Start Q1 2026, rapportage Q4 2026',
  'Doorlopend',
  'N.t.b. in 2027',
  'zo snel mogelijk',
];
/**
 * The overview reads more than the board: fewer latencies, each judged on the median of five runs
 * as the board's (a median of three moved by 0.1 between benchmarks on a quiet machine).
 */
const LATENCIES_MS = [0, 100, 300];
const RUNS_PER_LATENCY = 5;
/** Every plan year, so the figures do not depend on the day the benchmark runs. */
const OVERVIEW_URL = '/deadlines?year=all';

/** Five thousand actions over the six themes, added as the app adds them, 100 per `$batch`. */
async function seedActions(siteUrl: string, origin: string): Promise<number> {
  const token = await localToken(origin + new URL(siteUrl).pathname, 'coordinator@mvoi.local');
  const sp = connectSite({ siteUrl, getToken: async () => token });
  const themes = (await sp.web.getList(listUrl(siteUrl, 'MvoiThemes')).items.select('Id')()) as {
    Id: number;
  }[];
  for (let start = 0; start < BENCH_ACTIONS; start += 100) {
    const rows = Array.from({ length: 100 }, (_, index) => {
      const number = start + index;
      const timing = TIMINGS[number % TIMINGS.length] ?? 'Doorlopend';
      return {
        Title: `Overzichtsactie ${number + 1}`,
        ThemeId: themes[number % themes.length]?.Id ?? null,
        Status: ACTION_STATUS_CHOICES[Math.floor(number / TIMINGS.length) % 4],
        Timing: timing,
        DueDate: toDateOnly(dueDateOf(parseTiming(timing))),
        PlanYear: defaultPlanYear(timing, '2026-01-01'),
      };
    });
    await addActions(sp, siteUrl, rows);
  }
  const entries = await readAll(
    sp.web.getList(listUrl(siteUrl, 'MvoiActions')).items.select('Id', 'FSObjType').orderBy('Id'),
  );
  // Each theme's folder is in the list too; it is no action.
  return entries.filter((entry) => !isFolderItem(entry)).length;
}

/** The plan read: one `$batch` of the four lists, then the actions after its first page. */
function isOverviewData(request: Request): boolean {
  const url = request.url();
  if (url.includes('$batch')) return /MvoiActions/.test(request.postData() ?? '');
  return url.includes('MvoiActions') && /skiptoken/i.test(url);
}

/**
 * Runs in the page, polled every frame: the time at which all eight sections show their counts,
 * summing to every action, and each open section has mounted min(page size, its count) rows.
 */
function firstFullRender(actions: number, pageSize: number): string {
  return `(() => {
    const headings = [...document.querySelectorAll('main h2')];
    if (headings.length !== 8) return false;
    let counted = 0;
    let mounted = 0;
    for (const heading of headings) {
      const label = heading.textContent ?? '';
      const count = Number(/\\((\\d+)\\)$/.exec(label)?.[1] ?? NaN);
      if (Number.isNaN(count)) return false;
      const open = heading.querySelector('button')?.getAttribute('aria-expanded') === 'true';
      const table = document.querySelector('table[aria-label="' + CSS.escape(label) + '"]');
      const rows = open && table ? table.querySelectorAll('tbody tr').length : 0;
      if (open && count > 0 && rows !== Math.min(${pageSize}, count)) return false;
      counted += count;
      mounted += rows;
    }
    return counted === ${actions} && { at: performance.now(), mounted };
  })()`;
}

async function measure(
  appUrl: string,
  browser: Browser,
  actions: number,
  latencyMs: number,
): Promise<OverviewRun> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}/`);
    await page.getByRole('button', { name: /Joris Hermans/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Thema’s' }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');

    const requests: Request[] = [];
    const record = (request: Request) => {
      if (request.url().includes('/_api/')) requests.push(request);
    };
    page.on('request', record);
    await page.goto(`${appUrl}${OVERVIEW_URL}`);
    const rendered = (await (
      await page.waitForFunction(firstFullRender(actions, SECTION_PAGE_SIZE), undefined, {
        polling: 'raf',
        timeout: 120_000,
      })
    ).jsonValue()) as { at: number; mounted: number };
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    const dataRequests = requests.filter(isOverviewData);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const firstStart = Math.min(...dataRequests.map((request) => timesOf(request).start));
    const arrived = Math.max(...dataRequests.map((request) => timesOf(request).end));
    return {
      latencyMs,
      mountedRows: rendered.mounted,
      dataRequests: await withBytes(dataRequests, firstStart),
      otherRequests: await withBytes(
        requests.filter((request) => !dataRequests.includes(request)),
        firstStart,
      ),
      renderMs: rendered.at - (firstStart - timeOrigin),
      afterDataMs: rendered.at - (arrived - timeOrigin),
      bareFetchMs: await replayBare(page, dataRequests),
    };
  } finally {
    await context.close();
  }
}

/**
 * Opens the deadline overview of a plan of 5,000+ actions in six themes in the production build
 * in Chromium, `RUNS_PER_LATENCY` times per latency of the local SharePoint, each run on its own
 * copy of the same seeded site.
 */
export async function benchOverview(
  latencies: readonly number[] = LATENCIES_MS,
  runsPerLatency = RUNS_PER_LATENCY,
): Promise<OverviewFigures> {
  const workDir = mkdtempSync(join(tmpdir(), 'mvoi-bench-overview-'));
  const outDir = join(workDir, 'dist');
  const seededDb = join(workDir, 'seeded.db');
  const stops: (() => Promise<unknown>)[] = [
    async () => rmSync(workDir, { recursive: true, force: true }),
  ];
  const stopLast = async () => stops.pop()?.();
  try {
    const seeding = await startLocalSharePoint({ port: 0, dbPath: seededDb });
    stops.push(() => seeding.close());
    await prepareLocalSite(seeding.siteUrl);
    const actions = await seedActions(seeding.siteUrl, seeding.origin);
    await stopLast();
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const browser = await launchChromium();
    stops.push(() => browser.close());

    const runs: OverviewRun[] = [];
    for (const latencyMs of latencies) {
      for (let round = 0; round < runsPerLatency; round += 1) {
        const dbPath = join(workDir, `run-${latencyMs}-${round}.db`);
        copyFileSync(seededDb, dbPath);
        const sharePoint = await startLocalSharePoint({ port: 0, dbPath, latencyMs });
        stops.push(() => sharePoint.close());
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
        runs.push(await measure(appUrl, browser, actions, latencyMs));
        await stopLast();
        await stopLast();
      }
    }
    return { actions, pageSize: SECTION_PAGE_SIZE, runs };
  } finally {
    while (stops.length > 0) await stopLast();
  }
}
