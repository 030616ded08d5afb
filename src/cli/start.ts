import { parseArgs } from 'node:util';
import { z } from 'zod';
import { localToken, localUsers } from '../local-sharepoint/local-identity-client';
import { startLocalApp } from '../local-sharepoint/local-app';
import { createDeadlineJob } from '../notify/create-deadline-job';
import { summaryLine } from '../notify/run-deadline-job';
import { scheduleDeadlineJob } from '../notify/schedule-deadline-job';
import { runCli } from './run-cli';

/** How often `npm start` runs the deadline job against the local site. */
const DEADLINE_JOB_EVERY_MS = 3 * 60_000;
/** The example Teams app id (manifest/env/example.env.json): the local Teams host takes any. */
const LOCAL_TEAMS_APP_ID = '3f6b2c1d-8e4a-4b7c-9d2e-1a0b9c8d7e6f';

const argsSchema = z.object({
  port: z.coerce.number({ error: '--port must be a number' }).int().min(0).max(65535).default(5173),
  db: z.string().min(1).default('.data/mvoi.sqlite'),
  dev: z.boolean().default(false),
});

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, db: { type: 'string' }, dev: { type: 'boolean' } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  // `npm start` serves the production build, quick to open; `npm run dev` Vite's dev server, hot-reloading.
  const app = await startLocalApp({
    dbPath: args.db,
    port: args.port,
    serve: args.dev ? 'dev' : 'build',
    log: (line) => console.info(line),
  });
  // The deadline job as in production, against the local Graph and a local Workflows webhook.
  const { origin, siteUrl } = app.sharePoint;
  const coordinator = (await localUsers(siteUrl)).find((user) => user.role === 'coordinator');
  const job = createDeadlineJob({
    siteUrl,
    getSharePointToken: () => localToken(siteUrl, coordinator?.login ?? ''),
    getGraphToken: () => localToken(siteUrl, coordinator?.login ?? ''),
    graphUrl: `${origin}/_local/graph`,
    webhookUrl: `${origin}/_local/workflows/mvoi-kanaal?sig=local`,
    links: { teamsAppId: LOCAL_TEAMS_APP_ID, appUrl: app.appUrl },
  });
  const schedule = scheduleDeadlineJob(
    async () => {
      const result = await job({ now: new Date() });
      if (result.sent > 0 || result.digest === 'posted' || result.failed > 0) {
        console.info(`  Deadline job: ${summaryLine(result)}`);
      }
      return result;
    },
    {
      everyMs: DEADLINE_JOB_EVERY_MS,
      firstAfterMs: 5_000,
      onError: (error) => console.error('  Deadline job failed:', error),
    },
  );
  app.inbox.runCheck = () => schedule.runNow();
  const { seeded } = app.prepared;
  const added = Object.values(seeded.created).reduce((sum, count) => sum + count, 0);
  console.info(
    [
      '',
      `  MVOI Actieplan is running (${args.dev ? 'dev server' : 'production build'}, local SharePoint, data in ${args.db}${added ? ', seeded with the plan' : ''})`,
      ...(app.build?.built ? [`  Built in ${(app.build.ms / 1000).toFixed(1)} s`] : []),
      '',
      `  App:                ${app.appUrl}/`,
      `  As in Teams:        ${app.teamsHostUrl}`,
      `  Local SharePoint:   ${app.siteUrl}`,
      `  Deadline job:       every ${DEADLINE_JOB_EVERY_MS / 60_000} minutes (“Nu controleren” on /settings runs it now)`,
      '',
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    schedule.stop();
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
