import { normalizedLeadTimes } from '../domain/app-settings';
import { calendarDateIn, type CalendarDate } from '../domain/calendar-date';
import { assessDeadlinesOn } from '../domain/deadlines';
import {
  digestOn,
  isDigestDue,
  isNewlyOverdue,
  remindersDueOn,
  type Reminder,
} from '../domain/reminders';
import type {
  NotificationClaim,
  NotificationLog,
  NotificationRecord,
} from '../data/notification-log';
import { activityNotification } from './activity-notification';
import type { AppLinks } from './deep-links';
import { digestMessage, type DigestThemeView } from './digest-card';
import type { ActivityFeed } from './graph-activity-feed';
import { ORGANISATION_WIDE, previewText } from './reminder-texts';
import type { ChannelWebhook } from './workflow-webhook';

/**
 * A claim older than this belongs to a run that stopped before recording how its send went.
 * A reminder sent again then replaces itself in the feed (same chainId); a digest is not sent
 * again, since a channel cannot take a message back.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** Older records cannot be due again: every stage of a reminder lasts at most 90 days. */
const RECORDS_WINDOW_MS = 100 * 86_400_000;

export interface DeadlineJobOptions {
  log: NotificationLog;
  feed: ActivityFeed;
  webhook: ChannelWebhook;
  links: AppLinks;
  now: Date;
  dryRun?: boolean;
  /** Replaces the stored webhook URL (tests, first set-up). */
  webhookUrl?: string;
  /** One line per notification sent or, in a dry run, that would be sent. */
  report?: (line: string) => void;
}

export interface DeadlineJobResult {
  today: CalendarDate;
  due: number;
  sent: number;
  failed: number;
  /** Already sent, being sent by another run, or for no one. */
  skipped: number;
  /** Over a user's ten a minute: the next run sends them. */
  deferred: number;
  noRecipient: number;
  digest: 'posted' | 'failed' | 'not-due' | 'off' | 'would-post';
  /** Items of the lists that did not fit the domain (left out of this run). */
  problems: number;
}

export function summaryLine(result: DeadlineJobResult, dryRun = false): string {
  const parts = [
    `${result.due} reminders due on ${result.today}`,
    `${result.sent} ${dryRun ? 'would be sent' : 'sent'}`,
    `${result.failed} failed`,
    `${result.skipped} already handled`,
    `${result.deferred} deferred`,
    `${result.noRecipient} without owner`,
    `digest ${result.digest}`,
  ];
  return `${dryRun ? 'Dry run: ' : ''}${parts.join(', ')}.`;
}

type Plan = { reminder: Reminder; record: NotificationRecord | undefined };

/**
 * One run of the deadline job: reads the plan and the log, decides with the domain's rules what
 * is due today (Europe/Amsterdam), claims each reminder in the log before sending it, sends it
 * to the owner's activity feed, and records how that went; then the channel digest, when due.
 */
export async function runDeadlineJob(options: DeadlineJobOptions): Promise<DeadlineJobResult> {
  const { log, feed, webhook, links, now, dryRun = false } = options;
  const report = options.report;
  const today = calendarDateIn(now);
  const input = await log.load(new Date(now.getTime() - RECORDS_WINDOW_MS));
  const leadTimes = { days: normalizedLeadTimes(input.settings.leadTimeDays) };
  const themeNames = new Map(input.themes.map((theme) => [theme.id, theme.name]));
  const themeName = (id: number | undefined) =>
    (id === undefined ? undefined : themeNames.get(id)) ?? ORGANISATION_WIDE;
  const assessments = assessDeadlinesOn(input.actions, today, leadTimes);
  const reminders = remindersDueOn(input.actions, input.themes, today, leadTimes, assessments);
  const records = new Map(input.records.map((record) => [record.key, record]));
  const stale = (record: NotificationRecord) =>
    now.getTime() - record.at.getTime() >= CLAIM_LEASE_MS;

  const result: DeadlineJobResult = {
    today,
    due: reminders.length,
    sent: 0,
    failed: 0,
    skipped: 0,
    deferred: 0,
    noRecipient: 0,
    digest: 'off',
    problems: input.problems.length,
  };
  // Late since the last digest (the log's ids only grow): a run that stopped before posting
  // does not lose the trigger.
  const lastDigest = Math.max(
    0,
    ...input.records
      .filter((record) => record.channel === 'channel' && record.status !== 'failed')
      .map((record) => record.id),
  );
  const newlyOverdue = reminders.some((reminder) => {
    if (!isNewlyOverdue(reminder)) return false;
    const record = records.get(reminder.key);
    return !record || record.id > lastDigest;
  });

  // What to send: new reminders, failed ones, a claim abandoned by a stopped run, and one that
  // had no owner and has one now.
  const toSend: Plan[] = [];
  const unowned: Reminder[] = [];
  for (const reminder of reminders) {
    const record = records.get(reminder.key);
    if (!reminder.recipient?.email) {
      if (!record) unowned.push(reminder);
      else result.skipped++;
      continue;
    }
    const again =
      !record ||
      record.status === 'failed' ||
      record.status === 'no-recipient' ||
      (record.status === 'pending' && stale(record));
    if (again) toSend.push({ reminder, record });
    else result.skipped++;
  }
  result.noRecipient = unowned.length;

  const label = (reminder: Reminder) =>
    `${previewText(reminder, themeName(reminder.themeId), 255)}`;
  if (dryRun) {
    for (const { reminder } of toSend) {
      report?.(`would send to ${reminder.recipient?.email}: ${label(reminder)}`);
      result.sent++;
    }
    for (const reminder of unowned) report?.(`no owner: ${label(reminder)}`);
  } else {
    await sendReminders(toSend, unowned);
  }
  await digest();
  return result;

  async function sendReminders(plans: Plan[], withoutOwner: Reminder[]) {
    const claim = (reminder: Reminder, status: NotificationClaim['status']): NotificationClaim => ({
      key: reminder.key,
      channel: 'activity-feed',
      label: label(reminder),
      status,
      actionId: reminder.actionId,
      ...(reminder.recipient ? { recipientId: reminder.recipient.id } : {}),
      deadline: reminder.deadline,
      offset: reminder.offset,
    });
    const claimed = await log.claim(
      [
        ...plans.filter((plan) => !plan.record).map((plan) => claim(plan.reminder, 'pending')),
        ...withoutOwner.map((reminder) => claim(reminder, 'no-recipient')),
      ],
      now,
    );
    const outcomes: { record: NotificationRecord; status: 'sent' | 'failed'; error?: string }[] =
      [];
    for (const { reminder, record } of plans) {
      // Of two runs claiming the same reminder, SharePoint lets one through.
      const mine = record ? await log.reclaim(record, now) : claimed.get(reminder.key);
      if (!mine) {
        result.skipped++;
        continue;
      }
      const to = reminder.recipient?.email ?? '';
      const outcome = await feed.send(
        to,
        activityNotification(reminder, themeName(reminder.themeId), links),
      );
      if (outcome.ok) {
        result.sent++;
        outcomes.push({ record: mine, status: 'sent' });
        report?.(`sent to ${to}: ${label(reminder)}`);
      } else if ('deferred' in outcome) {
        result.deferred++;
        outcomes.push({ record: mine, status: 'failed', error: outcome.error });
      } else {
        result.failed++;
        outcomes.push({ record: mine, status: 'failed', error: outcome.error });
        report?.(`FAILED to ${to}: ${label(reminder)} (${outcome.error})`);
      }
    }
    await log.finish(outcomes, now);
  }

  async function digest() {
    const url = options.webhookUrl ?? input.settings.channelWebhookUrl;
    if (!input.settings.postToChannel || !url) return;
    const key = `digest:${today}`;
    const record = records.get(key);
    const channelRecords = input.records
      .filter((candidate) => candidate.channel === 'channel')
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const last = channelRecords[channelRecords.length - 1];
    const due = isDigestDue({
      today,
      weekday: input.settings.digestWeekday,
      // A claim today means posted, or being posted: a channel never gets a second one.
      postedToday: record !== undefined && record.status !== 'failed',
      newlyOverdue,
      lastFailed: last?.status === 'failed',
    });
    if (!due) {
      result.digest = 'not-due';
      return;
    }
    const themeViews: DigestThemeView[] = digestOn(
      input.actions,
      input.themes,
      today,
      leadTimes,
      assessments,
    ).map((theme) => ({
      ...theme,
      name: themeName(theme.themeId),
      key: input.themes.find((candidate) => candidate.id === theme.themeId)?.key,
    }));
    const message = digestMessage(themeViews, today, links);
    if (dryRun) {
      result.digest = 'would-post';
      report?.(`would post the digest (${themeViews.length} themes) to the channel`);
      return;
    }
    const mine = record
      ? await log.reclaim(record, now)
      : (
          await log.claim(
            [{ key, channel: 'channel', label: `Overzicht ${today}`, status: 'pending' }],
            now,
          )
        ).get(key);
    if (!mine) {
      result.digest = 'not-due';
      return;
    }
    const outcome = await webhook.post(url, message);
    if (outcome.ok) {
      result.digest = 'posted';
      report?.(`posted the digest (${themeViews.length} themes) to the channel`);
      await log.finish([{ record: mine, status: 'sent' }], now);
    } else {
      result.digest = 'failed';
      report?.(`FAILED to post the digest: ${outcome.error}`);
      await log.finish([{ record: mine, status: 'failed', error: outcome.error }], now);
    }
  }
}
