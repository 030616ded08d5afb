import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNotificationLog } from '../data/sharepoint/notification-log';
import type { NotificationLog } from '../data/notification-log';
import type { Repositories } from '../data/repositories';
import { startLocalSite, type LocalSite } from '../../tests/support/local-site';
import { graphActivityFeed } from './graph-activity-feed';
import type { SendTiming } from './http-send';
import { runDeadlineJob, type DeadlineJobOptions } from './run-deadline-job';
import { workflowWebhook } from './workflow-webhook';

const LINKS = { teamsAppId: '3f6b2c1d-8e4a-4b7c-9d2e-1a0b9c8d7e6f', appUrl: 'https://app.example' };

interface Activity {
  user: string;
  activityType: string;
  text: string;
  previewText: string;
  webUrl: string;
  deliveries: number;
}

let site: LocalSite;
let coordinator: Repositories;
let log: NotificationLog;
let lotte: { id: number; email: string };
let klimaatId: number;
let klimaatOwner: string;
let webhookUrl: string;
const waits: number[] = [];

/** Sleeps are recorded, not slept: Retry-After is honoured without a test that waits. */
const timing: SendTiming = {
  sleep: async (ms) => {
    waits.push(ms);
  },
  now: () => Date.now(),
};

const inbox = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${site.origin}/_local/inbox/${path}`, init);
  return response.status === 204 ? undefined : response.json();
};
const feedOf = async (login: string) =>
  (await inbox(`activity?user=${encodeURIComponent(login)}`)) as Activity[];
const channel = async () => (await inbox('channel')) as { card: { version: string } }[];
const faults = (body: unknown) => inbox('faults', { method: 'POST', body: JSON.stringify(body) });

function run(now: string, extra: Partial<DeadlineJobOptions> = {}) {
  return runDeadlineJob({
    log,
    feed: graphActivityFeed({
      graphUrl: `${site.origin}/_local/graph`,
      getToken: async () => 'local',
      timing,
    }),
    webhook: workflowWebhook(timing),
    links: LINKS,
    now: new Date(now),
    webhookUrl,
    ...extra,
  });
}

let counter = 0;
/** Two late actions (Q1 2024): one owned by Lotte, one by no one, so by the theme's owner. */
async function lateActions() {
  counter++;
  const owned = await coordinator.actions.create({
    themeId: klimaatId,
    title: `Eigen actie ${counter}`,
    timing: 'Q1 2024',
    ownerId: lotte.id,
  });
  const unowned = await coordinator.actions.create({
    themeId: klimaatId,
    title: `Thema-actie ${counter}`,
    timing: 'Q1 2024',
  });
  return { owned, unowned };
}

beforeAll(async () => {
  site = await startLocalSite();
  coordinator = await site.as('coordinator');
  log = createNotificationLog(await site.spAs('coordinator'), site.siteUrl);
  const users = await coordinator.people.siteUsers();
  const person = users.find((user) => user.email === site.login('colleague'));
  if (!person) throw new Error('no colleague');
  lotte = person;
  klimaatOwner = site.login('klimaat-owner');
  const { themes } = await coordinator.plan.loadPlan();
  klimaatId = themes.find((theme) => theme.key === 'klimaat')?.id ?? 0;
  webhookUrl = `${site.origin}/_local/workflows/mvoi-test?sig=local-signature`;
});
afterAll(() => site.close());
beforeEach(async () => {
  waits.length = 0;
  await inbox('', { method: 'DELETE' });
});

describe('the deadline job against the local SharePoint, Graph and Workflows', () => {
  it('sends each reminder once, to the owner or the theme’s owner, and a second run sends nothing', async () => {
    const { owned, unowned } = await lateActions();
    // The day after Q1 2024 ended, in Amsterdam: the seeded plan has nothing due then.
    const first = await run('2024-04-01T08:00:00Z');
    expect(first).toMatchObject({ due: 2, sent: 2, failed: 0, digest: 'posted' });

    const [own] = await feedOf(lotte.email);
    expect(own).toMatchObject({
      activityType: 'deadlineOverdue',
      text: `${owned.title} (Klimaat) had af moeten zijn op 31 maart 2024`,
    });
    expect(own?.previewText.length).toBeLessThanOrEqual(150);
    expect(decodeURIComponent(own?.webUrl ?? '')).toContain(`"subEntityId":"action-${owned.id}"`);
    expect((await feedOf(klimaatOwner)).map((activity) => activity.text)).toEqual([
      `${unowned.title} (Klimaat) had af moeten zijn op 31 maart 2024`,
    ]);
    const cards = await channel();
    expect(cards).toHaveLength(1);
    expect(cards[0]?.card.version).toBe('1.4');
    expect(JSON.stringify(cards[0]?.card)).toContain(owned.title);

    const second = await run('2024-04-01T09:00:00Z');
    expect(second).toMatchObject({ sent: 0, skipped: 2, digest: 'not-due' });
    expect((await feedOf(lotte.email)).map((activity) => activity.deliveries)).toEqual([1]);
    expect(await channel()).toHaveLength(1);
  });

  it('sends each reminder once when two runs overlap', async () => {
    await lateActions();
    const results = await Promise.all([
      run('2024-04-02T08:00:00Z'),
      run('2024-04-02T08:00:00Z'),
      run('2024-04-02T08:00:00Z'),
    ]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(2);
    expect((await feedOf(lotte.email)).map((activity) => activity.deliveries)).toEqual([1]);
    expect((await feedOf(klimaatOwner)).map((activity) => activity.deliveries)).toEqual([1]);
    expect(await channel()).toHaveLength(1);
  });

  it('sends no duplicate after a run that stopped between sending and recording', async () => {
    const { owned } = await lateActions();
    const crashing: NotificationLog = {
      ...log,
      finish: async () => {
        throw new Error('the process died');
      },
    };
    await expect(run('2024-04-03T08:00:00Z', { log: crashing })).rejects.toThrow('died');
    expect(await feedOf(lotte.email)).toHaveLength(1);

    // Soon after, the claim may be a run still busy: left alone. The digest the stopped run did
    // not reach goes out.
    expect(await run('2024-04-03T08:05:00Z')).toMatchObject({ sent: 0, digest: 'posted' });
    // Later it is taken over: sent again with the same chainId, it replaces itself.
    expect(await run('2024-04-03T08:20:00Z')).toMatchObject({ sent: 2, digest: 'not-due' });
    const feed = await feedOf(lotte.email);
    expect(feed.map((activity) => [activity.text.split(' (')[0], activity.deliveries])).toEqual([
      [owned.title, 2],
    ]);
    expect(await channel()).toHaveLength(1);
    expect(await run('2024-04-03T09:00:00Z')).toMatchObject({
      sent: 0,
      failed: 0,
      digest: 'not-due',
    });
  });

  it('leaves a 429 from Graph and a 500 from the webhook to the next run, losing nothing', async () => {
    const { owned } = await lateActions();
    await faults({
      graph: { status: 429, count: 2, retryAfterSeconds: 600 },
      webhook: { status: 500, count: 1 },
    });
    const failed = await run('2024-04-04T08:00:00Z');
    expect(failed).toMatchObject({ sent: 0, failed: 2, digest: 'failed' });
    expect(await feedOf(lotte.email)).toEqual([]);
    expect(await channel()).toEqual([]);

    const retried = await run('2024-04-04T09:00:00Z');
    expect(retried).toMatchObject({ sent: 2, failed: 0, digest: 'posted' });
    expect((await feedOf(lotte.email)).map((activity) => activity.text)).toEqual([
      `${owned.title} (Klimaat) had af moeten zijn op 31 maart 2024`,
    ]);
    expect(await channel()).toHaveLength(1);
    expect(await run('2024-04-04T10:00:00Z')).toMatchObject({ sent: 0, digest: 'not-due' });
  });

  it('waits out a short Retry-After within the run', async () => {
    await lateActions();
    await faults({ graph: { status: 429, count: 1, retryAfterSeconds: 2 } });
    const result = await run('2024-04-05T08:00:00Z');
    expect(result).toMatchObject({ sent: 2, failed: 0 });
    expect(waits).toContain(2000);
  });

  it('records nothing in a dry run, and says what it would send', async () => {
    const { owned } = await lateActions();
    const lines: string[] = [];
    const dry = await run('2024-04-06T08:00:00Z', { dryRun: true, report: (l) => lines.push(l) });
    expect(dry).toMatchObject({ sent: 2, digest: 'would-post' });
    expect(lines.some((line) => line.includes(lotte.email) && line.includes(owned.title))).toBe(
      true,
    );
    expect(await feedOf(lotte.email)).toEqual([]);
    expect(await channel()).toEqual([]);
    expect(await run('2024-04-06T09:00:00Z')).toMatchObject({ sent: 2, digest: 'posted' });
  });

  it('reminds the new date of a moved deadline, and nothing once done', async () => {
    const { owned, unowned } = await lateActions();
    await run('2024-04-07T08:00:00Z');
    await inbox('', { method: 'DELETE' });
    const moved = await coordinator.actions.update(
      owned.id,
      { ...owned, timing: 'Q2 2024', ownerId: lotte.id },
      owned.version,
    );
    await coordinator.actions.update(unowned.id, { ...unowned, status: 'done' }, unowned.version);
    // A week before the new date; the earlier reminders of this file are late by now.
    const result = await run('2024-06-24T08:00:00Z');
    const mine = (await feedOf(lotte.email)).filter((a) => a.text.startsWith(moved.title));
    expect(mine.map((activity) => [activity.activityType, activity.text])).toEqual([
      ['deadlineApproaching', `${moved.title} (Klimaat) moet af zijn op 30 juni 2024`],
    ]);
    expect((await feedOf(klimaatOwner)).filter((a) => a.text.startsWith(unowned.title))).toEqual(
      [],
    );
    expect(result.failed).toBe(0);
  });
});
