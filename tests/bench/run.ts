import { benchBoard, type SharePointRequest } from './board-render';
import { benchPlanRead } from './plan-read';

const MAX_BOARD_REQUESTS = 2;
const MAX_RENDER_RATIO = 1.5;
/**
 * The render target holds the app to SharePoint Online's pace: no request there answers in under
 * 100 ms. Against a local server answering in 0–50 ms the ratio measures the browser's fixed cost
 * of parsing, compiling and first render (about 100 ms) against a loopback copy, which no client
 * meets; those runs are printed for that cost, not judged.
 */
const SHAREPOINT_ONLINE_MIN_LATENCY_MS = 100;

const verdict = (passes: boolean) => (passes ? 'PASS' : 'FAIL');
const listed = (requests: SharePointRequest[]) =>
  requests.map((request) => `${request.path} (${request.bytes} bytes)`).join(', ') || 'none';
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
  for (const run of board.runs) {
    const ratio = run.renderMs / run.bareFetchMs;
    const requestsPass = run.boardDataRequests.length <= MAX_BOARD_REQUESTS;
    const renderPass = ratio <= MAX_RENDER_RATIO;
    const judged = run.latencyMs >= SHAREPOINT_ONLINE_MIN_LATENCY_MS;
    const label = `SharePoint latency ${run.latencyMs} ms`;
    if (!requestsPass) missed.push(`requests (${label})`);
    if (judged && !renderPass) missed.push(`render time (${label})`);
    console.info(
      [
        `  ${label}:`,
        `    [${verdict(requestsPass)}] SharePoint requests for the board's data: ${run.boardDataRequests.length} (target ≤ ${MAX_BOARD_REQUESTS}), ${bytesOf(run.boardDataRequests)} bytes: ${listed(run.boardDataRequests)}`,
        `    other SharePoint requests on the way: ${listed(run.otherRequests)}`,
        `    [${judged ? verdict(renderPass) : 'INFO'}] first full render (${run.mountedCards} cards mounted) ${run.renderMs.toFixed(0)} ms after the first data request, ${run.afterDataMs.toFixed(0)} ms after the data arrived; bare fetch ${run.bareFetchMs.toFixed(0)} ms; ratio ${ratio.toFixed(2)} (target ≤ ${MAX_RENDER_RATIO}${judged ? '' : `, judged from ${SHAREPOINT_ONLINE_MIN_LATENCY_MS} ms latency`})`,
        `    one keyboard card move until saved and shown: ${run.moveMs.toFixed(0)} ms`,
      ].join('\n'),
    );
  }
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
