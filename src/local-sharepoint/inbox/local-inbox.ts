import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Workflows refuses bigger messages ("Request Entity too large"). */
export const MAX_WEBHOOK_BYTES = 28 * 1024;
/** Teams shows only this much of a preview. */
export const MAX_PREVIEW_CHARS = 150;

export interface ActivityType {
  type: string;
  templateText: string;
}

/** The activity types the Teams app's manifest declares, as Graph checks them. */
export function manifestActivityTypes(): ActivityType[] {
  const path = fileURLToPath(new URL('../../../manifest/manifest.template.json', import.meta.url));
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    activities?: { activityTypes?: ActivityType[] };
  };
  return manifest.activities?.activityTypes ?? [];
}

export interface ReceivedActivity {
  /** The recipient as addressed: user id or user principal name. */
  user: string;
  activityType: string;
  /** The template text with the parameters filled in, as the feed shows it. */
  text: string;
  previewText: string;
  topic: string;
  webUrl: string;
  chainId: number | undefined;
  receivedAt: string;
  /** How many requests this entry stands for: a repeated chainId replaces, it does not add. */
  deliveries: number;
}

export interface ReceivedCard {
  flow: string;
  card: unknown;
  bytes: number;
  receivedAt: string;
}

/** The next answers to force: a status (and Retry-After) instead of the real handling. */
export interface InboxFaults {
  graph: { status: number; count: number; retryAfterSeconds?: number };
  webhook: { status: number; count: number; retryAfterSeconds?: number };
}

export type InboxAnswer = { status: number; headers?: Record<string, string>; body?: unknown };

function graphError(status: number, code: string, message: string): InboxAnswer {
  return { status, body: { error: { code, message } } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What the local Microsoft Graph activity feed and the channel's Workflows webhook received,
 * with the checks the real ones make. The feed keeps one entry per user and chainId, as Teams
 * replaces a notification sent again with the same chainId.
 */
export class LocalInbox {
  private readonly activities: ReceivedActivity[] = [];
  private readonly cards: ReceivedCard[] = [];
  private faults: InboxFaults = {
    graph: { status: 0, count: 0 },
    webhook: { status: 0, count: 0 },
  };
  /** Runs the deadline job now ("Nu controleren"); set by whoever schedules the job locally. */
  runCheck: (() => Promise<unknown>) | undefined;

  /** Requests answered, for tests that count what reached the endpoints. */
  readonly received = { graph: 0, webhook: 0 };

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly activityTypes: () => ActivityType[] = manifestActivityTypes,
    private readonly knownUser: (user: string) => boolean = () => true,
  ) {}

  setFaults(changes: Partial<InboxFaults>): InboxFaults {
    this.faults = { ...this.faults, ...changes };
    return this.faults;
  }

  reset(): void {
    this.activities.length = 0;
    this.cards.length = 0;
    this.faults = { graph: { status: 0, count: 0 }, webhook: { status: 0, count: 0 } };
    this.received.graph = 0;
    this.received.webhook = 0;
  }

  /** The feed of one user (by login or id, case-insensitive), newest first. */
  activityOf(user?: string): ReceivedActivity[] {
    const wanted = user?.toLowerCase();
    return this.activities
      .filter((activity) => wanted === undefined || activity.user.toLowerCase() === wanted)
      .slice()
      .reverse();
  }

  channel(): ReceivedCard[] {
    return this.cards.slice().reverse();
  }

  private forced(kind: 'graph' | 'webhook'): InboxAnswer | undefined {
    const fault = this.faults[kind];
    if (fault.count <= 0 || fault.status === 0) return undefined;
    fault.count--;
    const headers: Record<string, string> =
      fault.retryAfterSeconds !== undefined
        ? { 'Retry-After': String(fault.retryAfterSeconds) }
        : {};
    return {
      ...graphError(fault.status, 'Forced', `Forced ${fault.status} (local fault).`),
      headers,
    };
  }

  /** `POST /users/{user}/teamwork/sendActivityNotification`. */
  sendActivityNotification(
    user: string,
    authorization: string | undefined,
    body: unknown,
  ): InboxAnswer {
    this.received.graph++;
    if (!authorization?.startsWith('Bearer ')) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    const forced = this.forced('graph');
    if (forced) return forced;
    if (!this.knownUser(user)) {
      return graphError(404, 'NotFound', `User '${user}' was not found.`);
    }
    if (!isObject(body)) return graphError(400, 'BadRequest', 'The body must be a JSON object.');
    const declared = this.activityTypes().find((type) => type.type === body.activityType);
    if (!declared) {
      return graphError(
        400,
        'BadRequest',
        `Activity type '${String(body.activityType)}' is not declared in the app's manifest.`,
      );
    }
    const topic = body.topic;
    if (!isObject(topic) || topic.source !== 'text' || typeof topic.value !== 'string') {
      return graphError(400, 'BadRequest', 'A topic with source "text" and a value is required.');
    }
    if (
      typeof topic.webUrl !== 'string' ||
      !topic.webUrl.startsWith('https://teams.microsoft.com/')
    ) {
      return graphError(
        400,
        'BadRequest',
        'A text topic needs a webUrl, which must start with the Microsoft Teams domain.',
      );
    }
    const preview = isObject(body.previewText) ? body.previewText.content : undefined;
    if (typeof preview !== 'string' || preview.length === 0) {
      return graphError(400, 'BadRequest', 'previewText.content is required.');
    }
    const parameters = new Map<string, string>();
    if (Array.isArray(body.templateParameters)) {
      for (const parameter of body.templateParameters) {
        if (isObject(parameter) && typeof parameter.name === 'string') {
          parameters.set(parameter.name, String(parameter.value ?? ''));
        }
      }
    }
    const placeholders = [...declared.templateText.matchAll(/\{(\w+)\}/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => name !== 'actor');
    const missing = placeholders.filter((name) => !parameters.has(name));
    const extra = [...parameters.keys()].filter((name) => !placeholders.includes(name));
    if (missing.length || extra.length) {
      return graphError(
        400,
        'BadRequest',
        `Template parameters do not match the templateText of '${declared.type}' (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'}).`,
      );
    }
    const chainId = body.chainId;
    if (chainId !== undefined && !Number.isSafeInteger(chainId)) {
      return graphError(400, 'BadRequest', 'chainId must be an Int64.');
    }
    const text = declared.templateText
      .replace('{actor}', 'MVOI Actieplan')
      .replace(/\{(\w+)\}/g, (_, name: string) => parameters.get(name) ?? '');
    const entry: ReceivedActivity = {
      user,
      activityType: declared.type,
      text,
      previewText: preview.slice(0, MAX_PREVIEW_CHARS),
      topic: topic.value,
      webUrl: topic.webUrl,
      chainId: chainId as number | undefined,
      receivedAt: this.now().toISOString(),
      deliveries: 1,
    };
    const earlier = this.activities.findIndex(
      (activity) =>
        chainId !== undefined &&
        activity.chainId === chainId &&
        activity.user.toLowerCase() === user.toLowerCase(),
    );
    if (earlier >= 0) {
      entry.deliveries = (this.activities[earlier]?.deliveries ?? 0) + 1;
      this.activities.splice(earlier, 1);
    }
    this.activities.push(entry);
    return { status: 204 };
  }

  /** A Workflows "When a Teams webhook request is received" trigger: 202 and nothing else. */
  postToWorkflow(flow: string, signature: string | null, raw: string): InboxAnswer {
    this.received.webhook++;
    if (!signature) {
      return graphError(401, 'DirectApiAuthorizationRequired', 'The request must be signed (sig).');
    }
    const forced = this.forced('webhook');
    if (forced) return forced;
    const bytes = Buffer.byteLength(raw, 'utf8');
    if (bytes > MAX_WEBHOOK_BYTES) {
      return graphError(413, 'RequestEntityTooLarge', `Request Entity too large (${bytes} bytes).`);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return graphError(400, 'InvalidJson', 'The body is not JSON.');
    }
    if (!isObject(body) || !Array.isArray(body.attachments)) {
      return graphError(
        400,
        'InvalidTemplate',
        "'@triggerOutputs()?['body']?['attachments']' is of type 'Null'.",
      );
    }
    if (body.type !== 'message' || body.attachments.length === 0) {
      return graphError(400, 'InvalidTemplate', 'Send {"type":"message","attachments":[…]}.');
    }
    for (const attachment of body.attachments) {
      if (
        !isObject(attachment) ||
        attachment.contentType !== 'application/vnd.microsoft.card.adaptive'
      ) {
        return graphError(400, 'InvalidTemplate', 'Each attachment must be an Adaptive Card.');
      }
      const card = attachment.content;
      if (!isObject(card) || card.type !== 'AdaptiveCard') {
        return graphError(
          400,
          'InvalidTemplate',
          'The attachment content must be an AdaptiveCard.',
        );
      }
      if (card.version !== '1.4') {
        return graphError(
          400,
          'InvalidTemplate',
          `We're sorry, this card couldn't be displayed (version ${String(card.version)}; Workflows shows 1.4).`,
        );
      }
    }
    for (const attachment of body.attachments as { content: unknown }[]) {
      this.cards.push({
        flow,
        card: attachment.content,
        bytes,
        receivedAt: this.now().toISOString(),
      });
    }
    return { status: 202 };
  }
}
