import { benchAppStart } from './app-start';
import { benchBoard, median, type BoardRun, type SharePointRequest } from './board-render';
import { benchOverview, type OverviewRun } from './overview-render';
import { benchNotifyRun } from './notify-run';
import { benchPlanRead } from './plan-read';
import { benchPracticeFeed, reportPracticeFeed } from './practice-feed';

const MAX_BOARD_REQUESTS = 2;
/** The plan's `$batch` (its first 5,000 actions) and one page more for the rest. */
const MAX_OVERVIEW_REQUESTS = 2;
/** The cards' data on the wire, all of the board's requests shared out over its actions. */
const MAX_BYTES_PER_ACTION = 200;
const MAX_RENDER_RATIO = 1.5;
/**
 * The render target holds the app to SharePoint Online's pace: no request there answers in under
 * 100 ms. Against a local server answering in 0–50 ms the ratio measures the browser's fixed cost
 * of parsing, compiling and first render (about 100 ms) against a loopback copy, which no client
 * meets; those runs are printed for that cost, not judged.
 */
const SHAREPOINT_ONLINE_MIN_LATENCY_MS = 100;
/** `npm start` on a fresh clone: from the URL printed to the six themes in a fresh Chromium. */
const MAX_THEMES_SHOWN_MS = 3000;

const verdict = (passes: boolean) => (passes ? 'PASS' : 'FAIL');
const listed = (requests: SharePointRequest[]) =>
  requests
    .map(
      (request) =>
        `${request.path} (${request.bytes} bytes, ${request.startMs.toFixed(0)}…${request.endMs.toFixed(0)} ms)`,
    )
    .join(', ') || 'none';
const ms = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
const ratioOf = (run: BoardRun | OverviewRun) => run.renderMs / run.bareFetchMs;
const bytesOf = (requests: SharePointRequest[]) =>
  requests.reduce((sum, request) => sum + request.bytes, 0);

/** `npm run bench`: prints the figures and checks the targets; never part of the timed tests. */
async function main() {
  const plan = await benchPlanRead();
  console.info(
    `Plan read (themes ${plan.themes}, goals ${plan.goals}, actions ${plan.actions}): ` +
      `${plan.requests} HTTP request(s), ${plan.bytes} bytes, median ${plan.medianMs.toFixed(1)} ms`,
  );

  const board = await benchBoard();
  const missed: string[] = [];
  console.info(
    `Board of ${board.actions} actions (production build, Chromium), ${board.pageSize} cards per column page:`,
  );
  const boardBytes = median(board.runs.map((run) => bytesOf(run.boardDataRequests)));
  const bytesPerAction = boardBytes / board.actions;
  const bytesPass = bytesPerAction <= MAX_BYTES_PER_ACTION;
  if (!bytesPass) missed.push('bytes per action');
  console.info(
    `  [${verdict(bytesPass)}] the board's data on the wire: ${boardBytes} bytes (median), ${bytesPerAction.toFixed(0)} bytes per action (target ≤ ${MAX_BYTES_PER_ACTION})`,
  );
  for (const latencyMs of [...new Set(board.runs.map((run) => run.latencyMs))]) {
    const runs = board.runs.filter((run) => run.latencyMs === latencyMs);
    const [first] = runs;
    if (!first) continue;
    const requests = Math.max(...runs.map((run) => run.boardDataRequests.length));
    const ratio = median(runs.map(ratioOf));
    const requestsPass = requests <= MAX_BOARD_REQUESTS;
    const renderPass = ratio <= MAX_RENDER_RATIO;
    const judged = latencyMs >= SHAREPOINT_ONLINE_MIN_LATENCY_MS;
    const label = `SharePoint latency ${latencyMs} ms`;
    if (!requestsPass) missed.push(`requests (${label})`);
    if (judged && !renderPass) missed.push(`render time (${label})`);
    console.info(
      [
        `  ${label}, ${runs.length} runs (medians; each run's figures in brackets):`,
        `    [${verdict(requestsPass)}] SharePoint requests for the board's data: ${requests} (target ≤ ${MAX_BOARD_REQUESTS}), first run: ${listed(first.boardDataRequests)}`,
        `    other SharePoint requests on the way, first run (ms from the board's first request): ${listed(first.otherRequests)}`,
        `    [${judged ? verdict(renderPass) : 'INFO'}] first full render (${first.mountedCards} cards mounted) ${median(runs.map((run) => run.renderMs)).toFixed(0)} ms after the first data request [${ms(runs.map((run) => run.renderMs))}], ${median(runs.map((run) => run.afterDataMs)).toFixed(0)} ms after the data arrived [${ms(runs.map((run) => run.afterDataMs))}]; bare fetch ${median(runs.map((run) => run.bareFetchMs)).toFixed(0)} ms [${ms(runs.map((run) => run.bareFetchMs))}]; ratio ${ratio.toFixed(2)} [${runs.map((run) => ratioOf(run).toFixed(2)).join(', ')}] (target ≤ ${MAX_RENDER_RATIO}${judged ? '' : `, judged from ${SHAREPOINT_ONLINE_MIN_LATENCY_MS} ms latency`})`,
        `    one keyboard card move until saved and shown: ${median(runs.map((run) => run.moveMs)).toFixed(0)} ms [${ms(runs.map((run) => run.moveMs))}]`,
      ].join('\n'),
    );
  }
  const notify = await benchNotifyRun();
  {
    const maxRequests = Math.ceil(notify.actions / 5000) + 2;
    const ratio = median(notify.runMs) / median(notify.bareMs);
    const requestsPass = notify.requests <= maxRequests;
    const timePass = ratio <= MAX_RENDER_RATIO;
    if (!requestsPass) missed.push('deadline job requests');
    if (!timePass) missed.push('deadline job time');
    console.info(
      [
        `Deadline job over ${notify.actions} actions (${notify.due} reminders due, ${notify.logRecords} in the log), dry runs:`,
        `  [${verdict(requestsPass)}] SharePoint requests for its reads: ${notify.requests} (target ≤ ceil(N/5000)+2 = ${maxRequests}; a bare paged read of the actions takes ${notify.bareRequests})`,
        `  [${verdict(timePass)}] a run ${median(notify.runMs).toFixed(0)} ms [${ms(notify.runMs)}] against a bare paged read ${median(notify.bareMs).toFixed(0)} ms [${ms(notify.bareMs)}]: ratio ${ratio.toFixed(2)} (target ≤ ${MAX_RENDER_RATIO})`,
      ].join('\n'),
    );
  }
  const overview = await benchOverview();
  console.info(
    `Deadline overview of ${overview.actions} actions in six themes (production build, Chromium), ${overview.pageSize} rows per section page:`,
  );
  const overviewBytes = median(overview.runs.map((run) => bytesOf(run.dataRequests)));
  console.info(
    `  [INFO] the overview's data on the wire: ${overviewBytes} bytes (median), ${(overviewBytes / overview.actions).toFixed(0)} bytes per action`,
  );
  for (const latencyMs of [...new Set(overview.runs.map((run) => run.latencyMs))]) {
    const runs = overview.runs.filter((run) => run.latencyMs === latencyMs);
    const [first] = runs;
    if (!first) continue;
    const requests = Math.max(...runs.map((run) => run.dataRequests.length));
    const ratio = median(runs.map(ratioOf));
    const requestsPass = requests <= MAX_OVERVIEW_REQUESTS;
    const renderPass = ratio <= MAX_RENDER_RATIO;
    const judged = latencyMs >= SHAREPOINT_ONLINE_MIN_LATENCY_MS;
    const label = `overview, SharePoint latency ${latencyMs} ms`;
    if (!requestsPass) missed.push(`requests (${label})`);
    if (judged && !renderPass) missed.push(`render time (${label})`);
    console.info(
      [
        `  SharePoint latency ${latencyMs} ms, ${runs.length} runs (medians; each run's figures in brackets):`,
        `    [${verdict(requestsPass)}] SharePoint requests for the overview's data: ${requests} (target ≤ ${MAX_OVERVIEW_REQUESTS}), first run: ${listed(first.dataRequests)}`,
        `    other SharePoint requests on the way, first run (ms from the overview's first request): ${listed(first.otherRequests)}`,
        `    [${judged ? verdict(renderPass) : 'INFO'}] first full render (${first.mountedRows} rows mounted) ${median(runs.map((run) => run.renderMs)).toFixed(0)} ms after the first data request [${ms(runs.map((run) => run.renderMs))}], ${median(runs.map((run) => run.afterDataMs)).toFixed(0)} ms after the data arrived [${ms(runs.map((run) => run.afterDataMs))}]; bare fetch ${median(runs.map((run) => run.bareFetchMs)).toFixed(0)} ms [${ms(runs.map((run) => run.bareFetchMs))}]; ratio ${ratio.toFixed(2)} [${runs.map((run) => ratioOf(run).toFixed(2)).join(', ')}] (target ≤ ${MAX_RENDER_RATIO}${judged ? '' : `, judged from ${SHAREPOINT_ONLINE_MIN_LATENCY_MS} ms latency`})`,
      ].join('\n'),
    );
  }

  missed.push(...reportPracticeFeed(await benchPracticeFeed()));

  const start = await benchAppStart();
  const themesMs = start.runs.map((run) => run.themesMs).sort((a, b) => a - b);
  const medianThemesMs = themesMs[Math.floor(themesMs.length / 2)] ?? Infinity;
  const startPass = medianThemesMs <= MAX_THEMES_SHOWN_MS;
  if (!startPass) missed.push('npm start to themes shown');
  console.info(
    [
      `npm start on a fresh clone (production build), ${start.runs.length} runs:`,
      ...start.runs.map(
        (run) =>
          `  URL printed ${(run.startMs / 1000).toFixed(1)} s after start (build, seeding); identity picker ${run.pickerMs.toFixed(0)} ms, six themes ${run.themesMs.toFixed(0)} ms after the URL`,
      ),
      `  [${verdict(startPass)}] six themes shown, median ${medianThemesMs.toFixed(0)} ms after the URL (target ≤ ${MAX_THEMES_SHOWN_MS} ms)`,
    ].join('\n'),
  );
  if (missed.length) {
    console.error(`Targets missed: ${missed.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.info('All targets met.');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
