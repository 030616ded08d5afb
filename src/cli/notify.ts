import { parseArgs } from 'node:util';
import { z } from 'zod';
import { appOnlyTokens, productionConfig, wantsProduction } from '../notify/app-only-tokens';
import { createDeadlineJob, runFailed } from '../notify/create-deadline-job';
import { summaryLine } from '../notify/run-deadline-job';
import { runCli } from './run-cli';
import { siteAccessFromArgs } from './site-access';

/** The example Teams app id (manifest/env/example.env.json): deep links on one machine. */
const LOCAL_TEAMS_APP_ID = '3f6b2c1d-8e4a-4b7c-9d2e-1a0b9c8d7e6f';

const url = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an absolute http(s) URL` }).optional();

const argsSchema = z.object({
  site: z.string().optional(),
  now: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '--now must be a date, YYYY-MM-DD' })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: '--now must be a real date' })
    .optional(),
  'dry-run': z.boolean().default(false),
  'graph-url': url('--graph-url'),
  'webhook-url': url('--webhook-url'),
  'app-url': url('--app-url'),
});

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      site: { type: 'string' },
      now: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'graph-url': { type: 'string' },
      'webhook-url': { type: 'string' },
      'app-url': { type: 'string' },
    },
    strict: true,
  });
  const args = argsSchema.parse(values);
  let job;
  if (wantsProduction(process.env)) {
    const config = productionConfig({
      ...process.env,
      ...(args.site ? { NOTIFY_SITE_URL: args.site } : {}),
    });
    const tokens = appOnlyTokens(config);
    job = createDeadlineJob({
      siteUrl: config.siteUrl,
      getSharePointToken: tokens.sharePoint,
      getGraphToken: tokens.graph,
      ...(args['graph-url'] ? { graphUrl: args['graph-url'] } : {}),
      ...(args['webhook-url'] ? { webhookUrl: args['webhook-url'] } : {}),
      links: { teamsAppId: config.teamsAppId, appUrl: args['app-url'] ?? config.appUrl },
    });
  } else {
    // SHAREPOINT_ACCESS_TOKEN, or the local SharePoint's coordinator, as provision and seed.
    const access = await siteAccessFromArgs(['--site', args.site ?? '']);
    const origin = new URL(access.siteUrl).origin;
    const local = !process.env.SHAREPOINT_ACCESS_TOKEN;
    job = createDeadlineJob({
      siteUrl: access.siteUrl,
      getSharePointToken: access.getToken,
      getGraphToken: local ? access.getToken : async () => process.env.GRAPH_ACCESS_TOKEN ?? '',
      graphUrl: args['graph-url'] ?? (local ? `${origin}/_local/graph` : undefined),
      ...(args['webhook-url'] ? { webhookUrl: args['webhook-url'] } : {}),
      links: {
        teamsAppId: process.env.TEAMS_APP_ID ?? LOCAL_TEAMS_APP_ID,
        appUrl: args['app-url'] ?? origin,
      },
    });
  }
  // A date alone is that day in Amsterdam, mid-morning.
  const now = args.now ? new Date(`${args.now}T09:00:00Z`) : new Date();
  const result = await job({
    now,
    dryRun: args['dry-run'],
    report: (line) => console.info(`  ${line}`),
  });
  console.info(summaryLine(result, args['dry-run']));
  if (runFailed(result)) process.exitCode = 1;
});
