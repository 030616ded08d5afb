import { listUrl } from '../../src/data/sharepoint/list-schema';
import { createNotificationLog } from '../../src/data/sharepoint/notification-log';
import { PAGE_SIZE } from '../../src/data/sharepoint/site-lists';
import { addActions } from '../../src/data/sharepoint/theme-folders';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { runDeadlineJob, type DeadlineJobOptions } from '../../src/notify/run-deadline-job';
import { countRequests } from '../support/count-requests';
import { startLocalSite } from '../support/local-site';

export interface NotifyRunFigures {
  actions: number;
  due: number;
  logRecords: number;
  /** SharePoint requests of one dry run: its reads, nothing else. */
  requests: number;
  runMs: number[];
  bareMs: number[];
  bareRequests: number;
}

const NOW = new Date('2027-03-10T08:00:00Z');
const STATUSES = ['Niet gestart', 'Bezig', 'Gereed', 'Geblokkeerd'];

/**
 * The deadline job over a site of `total` actions: a first run fills the log (Graph and the
 * webhook answered at once, so only SharePoint is measured), then dry runs, each timed against a
 * bare paged read of the same action items (plain fetch, following `odata.nextLink`).
 */
export async function benchNotifyRun(total = 10_000, runs = 7): Promise<NotifyRunFigures> {
  const site = await startLocalSite();
  try {
    const sp = await site.spAs('coordinator');
    const themes = (await sp.web
      .getList(listUrl(site.siteUrl, 'MvoiThemes'))
      .items.select('Id')()) as { Id: number }[];
    const existing = (await site.as('coordinator').then((r) => r.plan.loadPlan())).actions.length;
    for (let start = existing; start < total; start += 100) {
      const rows = Array.from({ length: Math.min(100, total - start) }, (_, index) => {
        const n = start + index;
        const quarter = (n % 4) + 1;
        return {
          Title: `Benchmarkactie ${n + 1}`,
          ThemeId: themes[n % themes.length]?.Id ?? null,
          Status: STATUSES[Math.floor(n / 4) % 4],
          Timing: `Q${quarter} 2027`,
          DueDate: `2027-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}T12:00:00Z`,
        };
      });
      await addActions(sp, site.siteUrl, rows);
    }
    const log = createNotificationLog(sp, site.siteUrl);
    const options: DeadlineJobOptions = {
      log,
      feed: { send: async () => ({ ok: true, status: 204 }) },
      webhook: { post: async () => ({ ok: true, status: 202 }) },
      links: { teamsAppId: 'bench', appUrl: 'https://app.example' },
      now: NOW,
    };
    const first = await runDeadlineJob(options);

    const token = await localToken(site.siteUrl, site.login('coordinator'));
    const bareRead = async () => {
      let next: string | undefined =
        `${site.siteUrl}/_api/web/getList('${listUrl(site.siteUrl, 'MvoiActions')}')/items?$select=Id,FSObjType,Title,ThemeId,GoalId,Timing,Status,Owner/Id,Owner/Title,Owner/EMail,PilotsId,owshiddenversion&$expand=Owner&$orderby=Id&$top=${PAGE_SIZE}`;
      let items = 0;
      while (next) {
        const response = await fetch(next, {
          headers: {
            Accept: 'application/json;odata=nometadata',
            Authorization: `Bearer ${token}`,
          },
        });
        const body = (await response.json()) as { value: unknown[]; 'odata.nextLink'?: string };
        items += body.value.length;
        next = body['odata.nextLink'];
      }
      return items;
    };

    const runMs: number[] = [];
    const bareMs: number[] = [];
    let requests = 0;
    let bareRequests = 0;
    let due = 0;
    for (let run = 0; run < runs; run += 1) {
      const bareStart = performance.now();
      bareRequests = (await countRequests(bareRead)).requests;
      bareMs.push(performance.now() - bareStart);
      const started = performance.now();
      const counted = await countRequests(() => runDeadlineJob({ ...options, dryRun: true }));
      runMs.push(performance.now() - started);
      requests = counted.requests;
      due = counted.result.due;
    }
    return {
      actions: total,
      due,
      logRecords: first.sent + first.noRecipient + (first.digest === 'posted' ? 1 : 0),
      requests,
      runMs,
      bareMs,
      bareRequests,
    };
  } finally {
    await site.close();
  }
}
