import { app, type InvocationContext, type Timer } from '@azure/functions';
import { appOnlyTokens, productionConfig } from './app-only-tokens';
import { createDeadlineJob, runFailed } from './create-deadline-job';
import { summaryLine } from './run-deadline-job';

/**
 * The deadline job as an Azure Functions timer (v4 programming model). Six-field NCRONTAB:
 * every hour from 7:00 to 18:00; with WEBSITE_TIME_ZONE=Europe/Amsterdam (Linux) or
 * "W. Europe Standard Time" (Windows) those are Amsterdam hours. Hourly runs send each reminder
 * once all the same (the log in SharePoint decides), and clear anything deferred by Graph's
 * per-user limit within the day. NOTIFY_SCHEDULE overrides the schedule.
 */
export const DEFAULT_SCHEDULE = '0 0 7-18 * * *';

// Checked once at start: a wrong setting fails the first run with a message naming it.
let job: ReturnType<typeof createDeadlineJob> | undefined;
function configuredJob() {
  if (!job) {
    const config = productionConfig(process.env);
    const tokens = appOnlyTokens(config);
    job = createDeadlineJob({
      siteUrl: config.siteUrl,
      getSharePointToken: tokens.sharePoint,
      getGraphToken: tokens.graph,
      links: { teamsAppId: config.teamsAppId, appUrl: config.appUrl },
    });
  }
  return job;
}

export async function deadlineTimer(timer: Timer, context: InvocationContext): Promise<void> {
  if (timer.isPastDue) context.warn('The deadline job runs late (past due).');
  const result = await configuredJob()({ now: new Date(), report: (line) => context.log(line) });
  context.log(summaryLine(result));
  // A failed send is recorded and tried again on the next run; the failure shows in monitoring.
  if (runFailed(result)) throw new Error(summaryLine(result));
}

app.timer('mvoiDeadlineJob', {
  schedule: process.env.NOTIFY_SCHEDULE ?? DEFAULT_SCHEDULE,
  runOnStartup: false,
  useMonitor: true,
  handler: deadlineTimer,
});
