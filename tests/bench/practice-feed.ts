import { listUrl } from '../../src/data/sharepoint/list-schema';
import { practiceFields } from '../../src/data/sharepoint/practice-mappers';
import { countRequests } from '../support/count-requests';
import { startLocalSite, type LocalSite } from '../support/local-site';

const SMALL = 100;
const LARGE = 10_000;
const RUNS = 25;
const WARM_UPS = 3;
const PINNED = 2;
/** One post in a hundred holds it: what a search finds among many. */
export const RARE_WORD = 'warmtepompdak';
/** Every post holds it: a search whose hits run to the thousands. */
export const COMMON_WORD = 'duurzaam';

export interface FeedRun {
  posts: number;
  /** Each request of the first page: path and response bytes. */
  requests: { path: string; bytes: number }[];
  medianMs: number;
  runsMs: number[];
}

export interface SearchRun {
  word: string;
  total: number;
  requests: number;
  medianMs: number;
  runsMs: number[];
}

export interface PracticeFeedFigures {
  small: FeedRun;
  large: FeedRun;
  searches: SearchRun[];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Posts added in `$batch`es through PnPjs, titles of one length, so only the ids' digits differ. */
async function seed(site: LocalSite, count: number) {
  const sp = await site.spAs('coordinator');
  const plan = await (await site.as('coordinator')).plan.loadPlan();
  const themeIds = plan.themes.map((theme) => theme.id);
  const list = (batch: typeof sp) => batch.web.getList(listUrl(site.siteUrl, 'MvoiPractices'));
  for (let start = 0; start < count; start += 500) {
    const [batch, execute] = sp.batched();
    const adds = [];
    for (let n = start; n < Math.min(count, start + 500); n++) {
      const number = String(n).padStart(5, '0');
      adds.push(
        list(batch).items.add({
          ...practiceFields({
            title: `Goed voorbeeld ${number}`,
            body: `Een ${COMMON_WORD} voorbeeld nummer ${number}${n % 100 === 7 ? ` met een ${RARE_WORD}` : ''}.`,
            themeIds: [themeIds[n % themeIds.length] as number],
          }),
          // The newest few are pinned, so the pinned query has what it has on a real site.
          Pinned: n >= count - PINNED ? 1 : 0,
        }),
      );
    }
    await execute();
    await Promise.all(adds);
  }
}

/** What the feed's first view reads: the first page and the pinned posts, then their stats. */
async function firstPageReader(site: LocalSite) {
  const repositories = await site.as('colleague');
  const me = await repositories.people.currentUser();
  return async () => {
    const [page, pinned] = await Promise.all([
      repositories.practices.page({}),
      repositories.practices.pinned({}),
    ]);
    const ids = [...pinned.items, ...page.items].map((practice) => practice.id);
    await repositories.practices.stats(ids, me.id);
  };
}

async function requestsOf(read: () => Promise<void>) {
  const requests: { path: string; bytes: number }[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push({
      path: decodeURIComponent(url.pathname.replace(/^.*\/_api\//, '_api/')),
      bytes: (await response.clone().arrayBuffer()).byteLength,
    });
    return response;
  };
  try {
    await read();
  } finally {
    globalThis.fetch = original;
  }
  return requests;
}

async function search(site: LocalSite, word: string): Promise<SearchRun> {
  const repositories = await site.as('colleague');
  const first = await countRequests(() => repositories.practices.search(word));
  for (let run = 0; run < WARM_UPS; run++) await repositories.practices.search(word);
  const runsMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await repositories.practices.search(word);
    runsMs.push(performance.now() - started);
  }
  return {
    word,
    total: first.result.total,
    requests: first.requests,
    medianMs: median(runsMs),
    runsMs,
  };
}

/**
 * The feed's first page over 100 and over 10,000 posts, and a search over the 10,000. Both sites
 * run side by side and their runs alternate, so a busy moment of the machine falls on both.
 */
export async function benchPracticeFeed(): Promise<PracticeFeedFigures> {
  const small = await startLocalSite();
  const large = await startLocalSite();
  try {
    await seed(small, SMALL);
    await seed(large, LARGE);
    const readSmall = await firstPageReader(small);
    const readLarge = await firstPageReader(large);
    const smallRequests = await requestsOf(readSmall);
    const largeRequests = await requestsOf(readLarge);
    for (let run = 0; run < WARM_UPS; run++) {
      await readSmall();
      await readLarge();
    }
    const smallMs: number[] = [];
    const largeMs: number[] = [];
    const timed = async (read: () => Promise<void>, into: number[]) => {
      const started = performance.now();
      await read();
      into.push(performance.now() - started);
    };
    for (let run = 0; run < RUNS; run++) {
      await timed(readSmall, smallMs);
      await timed(readLarge, largeMs);
    }
    return {
      small: { posts: SMALL, requests: smallRequests, medianMs: median(smallMs), runsMs: smallMs },
      large: { posts: LARGE, requests: largeRequests, medianMs: median(largeMs), runsMs: largeMs },
      searches: [await search(large, RARE_WORD), await search(large, COMMON_WORD)],
    };
  } finally {
    await Promise.all([small.close(), large.close()]);
  }
}

const MAX_TIME_RATIO = 1.2;
/**
 * Ids and the `$skiptoken` in the nextLink grow from three digits to five: 20 posts with an id
 * in a few places each make up to some hundreds of bytes on one page, never a few percent.
 */
const MAX_BYTES_RATIO = 1.02;

/** Prints the feed's figures, judged; returns the targets missed. */
export function reportPracticeFeed({ small, large, searches }: PracticeFeedFigures): string[] {
  const missed: string[] = [];
  const verdict = (passes: boolean) => (passes ? 'PASS' : 'FAIL');
  const sum = (run: FeedRun) => run.requests.reduce((total, request) => total + request.bytes, 0);
  const listed = (run: FeedRun) =>
    run.requests.map((request) => `${request.path} ${request.bytes} B`).join(', ');
  const sameRequests =
    small.requests.length === large.requests.length &&
    small.requests.every((request, index) => request.path === large.requests[index]?.path);
  const bytesRatios = small.requests.map(
    (request, index) => (large.requests[index]?.bytes ?? Infinity) / request.bytes,
  );
  const bytesPass = sameRequests && bytesRatios.every((ratio) => ratio <= MAX_BYTES_RATIO);
  const timeRatio = large.medianMs / small.medianMs;
  const timePass = timeRatio <= MAX_TIME_RATIO;
  if (!sameRequests) missed.push('practice feed requests');
  if (!bytesPass) missed.push('practice feed bytes');
  if (!timePass) missed.push('practice feed time');
  const ms = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ');
  console.info(
    [
      `Good-practice feed, first page (page + pinned, then their reactions and comment counts), ${small.posts} against ${large.posts} posts:`,
      `  [${verdict(sameRequests)}] requests: ${small.requests.length} against ${large.requests.length} (the same, one by one)`,
      `    ${small.posts}: ${listed(small)}`,
      `    ${large.posts}: ${listed(large)}`,
      `  [${verdict(bytesPass)}] bytes: ${sum(small)} against ${sum(large)}; per request at most ${(Math.max(...bytesRatios) * 100 - 100).toFixed(2)}% more (target ≤ ${(MAX_BYTES_RATIO * 100 - 100).toFixed(0)}%: only the ids' digits may differ)`,
      `  [${verdict(timePass)}] time: median ${small.medianMs.toFixed(1)} ms [${ms(small.runsMs)}] against ${large.medianMs.toFixed(1)} ms [${ms(large.runsMs)}]: ratio ${timeRatio.toFixed(2)} (target ≤ ${MAX_TIME_RATIO})`,
      ...searches.map(
        (run) =>
          `  [INFO] search over ${large.posts} posts for “${run.word}”: ${run.total} hits, first page of 10 in ${run.requests} request(s), median ${run.medianMs.toFixed(1)} ms [${ms(run.runsMs)}]`,
      ),
    ].join('\n'),
  );
  return missed;
}
