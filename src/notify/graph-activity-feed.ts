import { postJson, REAL_TIMING, type SendOutcome, type SendTiming } from './http-send';

export const GRAPH_URL = 'https://graph.microsoft.com';

/** Graph's limits for `sendActivityNotification`: per app and tenant, and per user. */
export const REQUESTS_PER_SECOND = 5;
export const NOTIFICATIONS_PER_USER_PER_MINUTE = 10;

export interface ActivityNotification {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  chainId: number;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
}

export type FeedOutcome =
  SendOutcome | { ok: false; status: undefined; error: string; deferred: true };

export interface ActivityFeed {
  /** Sends to a user (id or user principal name); `deferred` when the user's minute is full. */
  send(user: string, notification: ActivityNotification): Promise<FeedOutcome>;
}

export interface GraphFeedOptions {
  /** Graph's origin; the local SharePoint answers as Graph under `<origin>/_local/graph`. */
  graphUrl?: string;
  getToken: () => Promise<string>;
  timing?: SendTiming;
}

/**
 * The Teams activity feed through Microsoft Graph, within its limits: requests spaced to five a
 * second, at most ten a minute to one user (more are deferred to a later run), and Retry-After
 * honoured on 429.
 */
export function graphActivityFeed({
  graphUrl = GRAPH_URL,
  getToken,
  timing = REAL_TIMING,
}: GraphFeedOptions): ActivityFeed {
  const base = graphUrl.replace(/\/$/, '');
  const interval = 1000 / REQUESTS_PER_SECOND;
  let nextSlot = 0;
  const perUser = new Map<string, number[]>();

  return {
    async send(user, notification) {
      const key = user.toLowerCase();
      const now = timing.now();
      const recent = (perUser.get(key) ?? []).filter((at) => now - at < 60_000);
      if (recent.length >= NOTIFICATIONS_PER_USER_PER_MINUTE) {
        return {
          ok: false,
          status: undefined,
          deferred: true,
          error: `${NOTIFICATIONS_PER_USER_PER_MINUTE} notifications to ${user} this minute; the rest waits for the next run`,
        };
      }
      const wait = nextSlot - now;
      nextSlot = Math.max(now, nextSlot) + interval;
      if (wait > 0) await timing.sleep(wait);
      recent.push(timing.now());
      perUser.set(key, recent);
      return postJson(
        `${base}/v1.0/users/${encodeURIComponent(user)}/teamwork/sendActivityNotification`,
        notification,
        { headers: { Authorization: `Bearer ${await getToken()}` }, timing },
      );
    },
  };
}
