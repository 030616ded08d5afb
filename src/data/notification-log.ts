import type { CalendarDate } from '../domain/calendar-date';
import type { ReminderAction } from '../domain/reminders';
import type { Theme } from '../domain/theme';
import type { ItemProblem } from './errors';
import type { AppSettings } from './repositories';

/** Where a notification went: an owner's Teams activity feed, or the coordinator's channel. */
export type NotificationChannel = 'activity-feed' | 'channel';

/**
 * `pending`: claimed by a run that is sending it (or crashed while it did); `sent`; `failed`:
 * tried again on the next run; `no-recipient`: the action and its theme have no owner.
 */
export type NotificationStatus = 'pending' | 'sent' | 'failed' | 'no-recipient';

export interface NotificationRecord {
  id: number;
  key: string;
  channel: NotificationChannel;
  status: NotificationStatus;
  actionId: number | undefined;
  recipientId: number | undefined;
  deadline: CalendarDate | undefined;
  offset: number | undefined;
  /** When it was claimed, sent or last tried. */
  at: Date;
  error: string | undefined;
  version: string;
}

/** What a run records before it sends, so no other run sends the same. */
export interface NotificationClaim {
  key: string;
  channel: NotificationChannel;
  /** A line a person reading the list understands. */
  label: string;
  status: 'pending' | 'no-recipient';
  actionId?: number;
  recipientId?: number;
  deadline?: CalendarDate;
  offset?: number;
}

/** Everything one run of the deadline job reads. */
export interface NotifyInput {
  settings: AppSettings;
  themes: Theme[];
  /** Every action (done ones too: the rules leave them out). */
  actions: ReminderAction[];
  /** The log's records since the given moment: older ones cannot be due again. */
  records: NotificationRecord[];
  problems: ItemProblem[];
}

export interface NotificationLog {
  load(recordsSince: Date): Promise<NotifyInput>;
  /**
   * Adds a record per claim; a key already recorded (by an earlier or a concurrent run) is not
   * claimed again. Returns the records this call added, by key.
   */
  claim(claims: readonly NotificationClaim[], at: Date): Promise<Map<string, NotificationRecord>>;
  /**
   * Takes over a failed or abandoned record, with its version: undefined when another run took
   * it first.
   */
  reclaim(record: NotificationRecord, at: Date): Promise<NotificationRecord | undefined>;
  /** Records how sending went. */
  finish(
    records: ReadonlyArray<{
      record: NotificationRecord;
      status: 'sent' | 'failed';
      error?: string;
    }>,
    at: Date,
  ): Promise<void>;
}
