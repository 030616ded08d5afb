import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import type { CalendarDate } from '../../domain/calendar-date';
import type {
  NotificationChannel,
  NotificationLog,
  NotificationRecord,
  NotificationStatus,
  NotifyInput,
} from '../notification-log';
import type { NOTIFICATION_CHANNELS, NOTIFICATION_STATUS_CHOICES } from './list-schema';
import {
  mapItems,
  QUERIES,
  REMINDER_ACTION_QUERY,
  reminderActionItem,
  themeItem,
  toDateOnly,
} from './mappers';
import { settingsFrom, SETTINGS_SELECT, type SettingItem } from './settings-repository';
import { PAGE_SIZE, readAll, siteList, withQuery, type Query } from './site-lists';
import { guarded, toDataError } from './to-data-error';

const CHANNEL_CHOICE: Record<NotificationChannel, (typeof NOTIFICATION_CHANNELS)[number]> = {
  'activity-feed': 'Activiteitenfeed',
  channel: 'Kanaal',
};
const STATUS_CHOICE: Record<NotificationStatus, (typeof NOTIFICATION_STATUS_CHOICES)[number]> = {
  pending: 'Bezig',
  sent: 'Verstuurd',
  failed: 'Mislukt',
  'no-recipient': 'Geen ontvanger',
};

function reverse<K extends string, V extends string>(map: Record<K, V>): Map<string, K> {
  return new Map(Object.entries(map).map(([key, value]) => [value as string, key as K]));
}
const CHANNELS = reverse(CHANNEL_CHOICE);
const STATUSES = reverse(STATUS_CHOICE);

const RECORDS: Query = {
  select: [
    'Id',
    'NotificationKey',
    'Channel',
    'NotificationStatus',
    'ActionId',
    'RecipientId',
    'Deadline',
    'LeadTime',
    'SentAt',
    'ErrorText',
    'owshiddenversion',
  ],
  expand: [],
  metadata: 'none',
};

const nullable = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.nullish(schema),
    z.transform((value) => value ?? undefined),
  );

const recordItem = z.pipe(
  z.object({
    Id: z.int(),
    NotificationKey: z.string(),
    Channel: z.string(),
    NotificationStatus: z.string(),
    ActionId: nullable(z.int()),
    RecipientId: nullable(z.int()),
    Deadline: nullable(z.string()),
    LeadTime: nullable(z.number()),
    SentAt: z.string(),
    ErrorText: nullable(z.string()),
    owshiddenversion: z.int(),
  }),
  z.transform((item, ctx): NotificationRecord => {
    const channel = CHANNELS.get(item.Channel);
    const status = STATUSES.get(item.NotificationStatus);
    if (!channel || !status) {
      ctx.issues.push({ code: 'custom', message: 'unknown channel or status', input: item });
      return z.NEVER;
    }
    return {
      id: item.Id,
      key: item.NotificationKey,
      channel,
      status,
      actionId: item.ActionId,
      recipientId: item.RecipientId,
      deadline: item.Deadline?.slice(0, 10) as CalendarDate | undefined,
      offset: item.LeadTime,
      at: new Date(item.SentAt),
      error: item.ErrorText || undefined,
      version: `"${item.owshiddenversion}"`,
    };
  }),
);

/** SharePoint's answer to a second item with the same value in a unique column. */
async function isDuplicateValue(error: unknown): Promise<boolean> {
  const response = (error as { response?: Response }).response;
  const text = response
    ? await response
        .clone()
        .text()
        .catch(() => '')
    : '';
  return /SPDuplicateValuesFoundException|-2130575169/.test(text);
}

function isStatus(error: unknown, status: number): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status
  );
}

const ERROR_MAX = 2000;

/**
 * The deadline job's reads and its log (`MvoiNotifications`). A claim is an item with the
 * reminder's key in a unique column: of two runs adding the same key, SharePoint accepts one.
 */
export function createNotificationLog(sp: SPFI, siteUrl: string): NotificationLog {
  const log = (on: SPFI = sp) => siteList(on, siteUrl, 'MvoiNotifications');

  return {
    load: (recordsSince) =>
      guarded(async (): Promise<NotifyInput> => {
        // Settings, themes and the recent log in one request; the actions page by page, by Id,
        // which SharePoint serves past its list view threshold.
        const [batch, execute] = sp.batched();
        const settingsRead = siteList(batch, siteUrl, 'MvoiSettings')
          .items.select(...SETTINGS_SELECT)
          .top(PAGE_SIZE)() as Promise<SettingItem[]>;
        const themesRead = withQuery(siteList(batch, siteUrl, 'MvoiThemes').items, QUERIES.themes)
          .orderBy('Id')
          .top(PAGE_SIZE)() as Promise<unknown[]>;
        const recordsQuery = (on: SPFI) =>
          withQuery(log(on).items, RECORDS)
            .filter(`SentAt ge datetime'${recordsSince.toISOString()}'`)
            .orderBy('Id');
        const recordsRead = recordsQuery(batch).top(PAGE_SIZE)() as Promise<unknown[]>;
        const actionsRead = readAll(
          withQuery(siteList(sp, siteUrl, 'MvoiActions').items, REMINDER_ACTION_QUERY).orderBy(
            'Id',
          ),
        );
        await execute();
        const [settings, themes, firstRecords, actions] = await Promise.all([
          settingsRead,
          themesRead,
          recordsRead,
          actionsRead,
        ]);
        const records =
          firstRecords.length === PAGE_SIZE ? await readAll(recordsQuery(sp)) : firstRecords;
        const mapped = {
          themes: mapItems('MvoiThemes', themes, themeItem),
          actions: mapItems('MvoiActions', actions, reminderActionItem),
          records: mapItems('MvoiNotifications', records, recordItem),
        };
        return {
          settings: settingsFrom(settings),
          themes: mapped.themes.items,
          actions: mapped.actions.items,
          records: mapped.records.items,
          problems: Object.values(mapped).flatMap((result) => result.problems),
        };
      }),

    claim: (claims, at) =>
      guarded(async () => {
        const claimed = new Map<string, NotificationRecord>();
        // SharePoint takes at most 100 requests in a batch.
        for (let start = 0; start < claims.length; start += 100) {
          const chunk = claims.slice(start, start + 100);
          const [batch, execute] = sp.batched();
          const adds = chunk.map(
            (claim) =>
              log(batch).items.add({
                Title: claim.label.slice(0, 255),
                NotificationKey: claim.key,
                Channel: CHANNEL_CHOICE[claim.channel],
                NotificationStatus: STATUS_CHOICE[claim.status],
                ActionId: claim.actionId ?? null,
                RecipientId: claim.recipientId ?? null,
                Deadline: toDateOnly(claim.deadline),
                LeadTime: claim.offset ?? null,
                SentAt: at.toISOString(),
              }) as Promise<{ Id: number; owshiddenversion?: number }>,
          );
          // Watched before the batch is sent: a refused claim is never an unhandled rejection.
          const settled = Promise.allSettled(adds);
          await execute();
          const outcomes = await settled;
          for (const [index, outcome] of outcomes.entries()) {
            const claim = chunk[index];
            if (!claim) continue;
            if (outcome.status === 'rejected') {
              if (await isDuplicateValue(outcome.reason)) continue;
              throw await toDataError(outcome.reason);
            }
            claimed.set(claim.key, {
              id: outcome.value.Id,
              key: claim.key,
              channel: claim.channel,
              status: claim.status,
              actionId: claim.actionId,
              recipientId: claim.recipientId,
              deadline: claim.deadline,
              offset: claim.offset,
              at,
              error: undefined,
              version: `"${outcome.value.owshiddenversion ?? 1}"`,
            });
          }
        }
        return claimed;
      }),

    reclaim: (record, at) =>
      guarded(async () => {
        try {
          await log()
            .items.getById(record.id)
            .update(
              { NotificationStatus: STATUS_CHOICE.pending, SentAt: at.toISOString() },
              record.version,
            );
        } catch (error) {
          if (isStatus(error, 412)) return undefined;
          throw error;
        }
        const stored = (await withQuery(log().items, RECORDS)
          .filter(`Id eq ${record.id}`)
          .top(1)()) as unknown[];
        return mapItems('MvoiNotifications', stored, recordItem).items[0];
      }),

    finish: (outcomes, at) =>
      guarded(async () => {
        for (let start = 0; start < outcomes.length; start += 100) {
          const [batch, execute] = sp.batched();
          const writes = outcomes.slice(start, start + 100).map(({ record, status, error }) =>
            log(batch)
              .items.getById(record.id)
              .update({
                NotificationStatus: STATUS_CHOICE[status],
                SentAt: at.toISOString(),
                ErrorText: error ? error.slice(0, ERROR_MAX) : '',
              }),
          );
          await execute();
          await Promise.all(writes);
        }
      }),
  };
}
