import { benchPlanRead } from './plan-read';

/** `npm run bench`: prints the figures; targets are checked here, never in timed unit tests. */
async function main() {
  const plan = await benchPlanRead();
  console.info(
    `Plan read (themes ${plan.themes}, goals ${plan.goals}, actions ${plan.actions}): ` +
      `${plan.requests} HTTP request(s), ${plan.bytes} bytes, median ${plan.medianMs.toFixed(1)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
