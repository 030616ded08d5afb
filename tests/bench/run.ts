import { benchBoard } from './board-render';
import { benchPlanRead } from './plan-read';

/** `npm run bench`: prints the figures and checks the targets; never part of the timed tests. */
async function main() {
  const plan = await benchPlanRead();
  console.info(
    `Plan read (themes ${plan.themes}, goals ${plan.goals}, actions ${plan.actions}): ` +
      `${plan.requests} HTTP request(s), ${plan.bytes} bytes, median ${plan.medianMs.toFixed(1)} ms`,
  );

  const board = await benchBoard();
  const ratio = board.renderMs / board.bareFetchMs;
  console.info(
    [
      `Board of ${board.cards} cards (production build, Chromium):`,
      `  SharePoint requests for the board's data: ${board.boardDataRequests} (target ≤ 2), ${board.bytes} bytes in all`,
      `  other SharePoint requests on the way: ${board.otherRequests.join(', ') || 'none'}`,
      `  first full render ${board.renderMs.toFixed(0)} ms after the first data request; bare fetch ${board.bareFetchMs.toFixed(0)} ms; ratio ${ratio.toFixed(2)} (target ≤ 1.5)`,
      `  one card move until saved: ${board.moveMs} ms`,
    ].join('\n'),
  );
  const missed = [board.boardDataRequests > 2 && 'requests', ratio > 1.5 && 'render time'].filter(
    Boolean,
  );
  if (missed.length) {
    console.error(`Targets missed: ${missed.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
