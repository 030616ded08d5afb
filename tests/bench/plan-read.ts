import { countRequests } from '../support/count-requests';
import { startLocalSite } from '../support/local-site';

export interface PlanReadFigures {
  requests: number;
  bytes: number;
  medianMs: number;
  themes: number;
  goals: number;
  actions: number;
}

/** A read of all themes, goals, actions and pilots through the repositories, as the app does it. */
export async function benchPlanRead(runs = 20): Promise<PlanReadFigures> {
  const site = await startLocalSite();
  try {
    const repositories = await site.as('colleague');
    await repositories.plan.loadPlan();
    const timings: number[] = [];
    let last:
      | Awaited<
          ReturnType<typeof countRequests<Awaited<ReturnType<typeof repositories.plan.loadPlan>>>>
        >
      | undefined;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      last = await countRequests(() => repositories.plan.loadPlan());
      timings.push(performance.now() - started);
    }
    if (!last) throw new Error('no runs');
    timings.sort((a, b) => a - b);
    return {
      requests: last.requests,
      bytes: last.bytes,
      medianMs: timings[Math.floor(timings.length / 2)] ?? 0,
      themes: last.result.themes.length,
      goals: last.result.goals.length,
      actions: last.result.actions.length,
    };
  } finally {
    await site.close();
  }
}
