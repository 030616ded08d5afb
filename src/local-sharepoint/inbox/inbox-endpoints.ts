import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/read-body';
import type { LocalInbox, InboxAnswer, InboxFaults } from './local-inbox';

const GRAPH_SEND = /^\/_local\/graph\/v1\.0\/users\/([^/]+)\/teamwork\/sendactivitynotification$/i;
const WORKFLOW = /^\/_local\/workflows\/([A-Za-z0-9._-]+)$/;

/** Whether a `/_local` path is the local Graph, a local Workflows webhook, or their inbox. */
export function isInboxPath(path: string): boolean {
  return /^\/_local\/(graph|workflows|inbox)(\/|$)/i.test(path);
}

function answer(response: ServerResponse, result: InboxAnswer): void {
  const hasBody = result.body !== undefined;
  response.writeHead(result.status, {
    ...(hasBody ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    ...result.headers,
  });
  response.end(hasBody ? JSON.stringify(result.body) : undefined);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseFaults(body: unknown): Partial<InboxFaults> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const changes: Partial<InboxFaults> = {};
  for (const kind of ['graph', 'webhook'] as const) {
    const value = (body as Record<string, unknown>)[kind];
    if (value === undefined) continue;
    const fault = value as Record<string, unknown>;
    if (!Number.isInteger(fault.status) || !Number.isInteger(fault.count)) return undefined;
    changes[kind] = {
      status: fault.status as number,
      count: fault.count as number,
      ...(Number.isInteger(fault.retryAfterSeconds)
        ? { retryAfterSeconds: fault.retryAfterSeconds as number }
        : {}),
    };
  }
  return changes;
}

/**
 * The local Microsoft Graph (`/_local/graph/v1.0/…`, the activity feed only), the local
 * Workflows webhooks (`/_local/workflows/<flow>?sig=…`), and what they received
 * (`/_local/inbox/…`), for the local Teams host and tests.
 */
export async function handleInboxEndpoint(
  inbox: LocalInbox,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', 'http://local');
  const graph = GRAPH_SEND.exec(path);
  if (graph && method === 'POST') {
    const body = parseJson(await readBody(request));
    const user = decodeURIComponent(graph[1] ?? '');
    return answer(
      response,
      inbox.sendActivityNotification(user, request.headers.authorization, body),
    );
  }
  const workflow = WORKFLOW.exec(path);
  if (workflow && method === 'POST') {
    const raw = await readBody(request);
    return answer(
      response,
      inbox.postToWorkflow(workflow[1] ?? '', url.searchParams.get('sig'), raw),
    );
  }
  const route = `${method} ${path.toLowerCase().replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_local/inbox/activity':
      return answer(response, {
        status: 200,
        body: inbox.activityOf(url.searchParams.get('user') ?? undefined),
      });
    case 'GET /_local/inbox/check':
      return answer(
        response,
        inbox.runCheck
          ? { status: 200, body: { available: true } }
          : { status: 404, body: { available: false } },
      );
    case 'POST /_local/inbox/check': {
      if (!inbox.runCheck)
        return answer(response, { status: 404, body: { error: 'No deadline job runs here.' } });
      try {
        return answer(response, { status: 200, body: await inbox.runCheck() });
      } catch (error) {
        return answer(response, {
          status: 500,
          body: { error: error instanceof Error ? error.message : String(error) },
        });
      }
    }
    case 'GET /_local/inbox/channel':
      return answer(response, { status: 200, body: inbox.channel() });
    case 'POST /_local/inbox/faults': {
      const changes = parseFaults(parseJson(await readBody(request)));
      if (!changes) {
        return answer(response, {
          status: 400,
          body: { error: 'Send {"graph"|"webhook": {"status", "count", "retryAfterSeconds"?}}.' },
        });
      }
      return answer(response, { status: 200, body: inbox.setFaults(changes) });
    }
    case 'DELETE /_local/inbox':
      inbox.reset();
      return answer(response, { status: 204 });
    default:
      return answer(response, {
        status: 404,
        body: { error: { code: 'NotFound', message: `No local endpoint ${route}.` } },
      });
  }
}
