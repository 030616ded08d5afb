import { createNotificationLog } from '../data/sharepoint/notification-log';
import { connectSite } from '../data/sharepoint/sp-client';
import type { AppLinks } from './deep-links';
import { graphActivityFeed, GRAPH_URL } from './graph-activity-feed';
import { runDeadlineJob, type DeadlineJobResult } from './run-deadline-job';
import { workflowWebhook } from './workflow-webhook';

export interface DeadlineJobSetup {
  siteUrl: string;
  getSharePointToken: () => Promise<string>;
  getGraphToken: () => Promise<string>;
  /** Graph's origin; the local SharePoint's `<origin>/_local/graph` on one machine. */
  graphUrl?: string;
  webhookUrl?: string;
  links: AppLinks;
}

export interface DeadlineRun {
  now: Date;
  dryRun?: boolean;
  report?: (line: string) => void;
}

/** The job wired to a site, Graph and the channel: the CLI, `npm start` and the Function use it. */
export function createDeadlineJob(
  setup: DeadlineJobSetup,
): (run: DeadlineRun) => Promise<DeadlineJobResult> {
  const sp = connectSite({ siteUrl: setup.siteUrl, getToken: setup.getSharePointToken });
  const log = createNotificationLog(sp, setup.siteUrl);
  return (run) =>
    runDeadlineJob({
      log,
      // Each run its own limits: a run is a process of its own in production.
      feed: graphActivityFeed({
        graphUrl: setup.graphUrl ?? GRAPH_URL,
        getToken: setup.getGraphToken,
      }),
      webhook: workflowWebhook(),
      links: setup.links,
      ...(setup.webhookUrl ? { webhookUrl: setup.webhookUrl } : {}),
      ...run,
    });
}

/** Whether a run should make the process exit non-zero: a send failed. */
export function runFailed(result: DeadlineJobResult): boolean {
  return result.failed > 0 || result.digest === 'failed';
}
