import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueAccessToken, TOKEN_LIFETIME_SECONDS } from '../auth/access-token';
import { SETTING } from '../bootstrap-site';
import type { FaultInjector } from '../faults';
import { parseFaultChanges } from '../faults';
import { handleInboxEndpoint, isInboxPath } from '../inbox/inbox-endpoints';
import type { LocalSite } from '../local-site';
import { findUserByLogin } from '../rest/principal-lookup';
import { readBody } from './read-body';

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendError(
  response: ServerResponse,
  status: number,
  error: string,
  description: string,
): void {
  sendJson(response, status, { error, error_description: description });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The local directory: the site users that came from local-users.ts. */
function localUsers(site: LocalSite): unknown[] {
  return site.store.principals
    .users()
    .filter((user) => user.props.localRole !== undefined)
    .map((user) => ({
      login: user.email,
      title: user.title,
      email: user.email,
      role: user.props.localRole,
      ...(user.props.themeKey ? { themeKey: user.props.themeKey } : {}),
    }));
}

/**
 * Local-only endpoints outside `/_api`: the identity picker's user list, token issuing, and the
 * fault switches. They need no token (the server listens on loopback by default).
 */
export async function handleLocalEndpoint(
  site: LocalSite,
  faults: FaultInjector,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  if (isInboxPath(path)) return handleInboxEndpoint(site.inbox, request, response, path);
  const method = request.method ?? 'GET';
  const route = `${method} ${path.toLowerCase().replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_local/users':
      return sendJson(response, 200, localUsers(site));
    case 'POST /_local/token': {
      const body = parseJson(await readBody(request)) as { login?: unknown } | undefined;
      if (typeof body?.login !== 'string' || body.login.trim() === '') {
        return sendError(response, 400, 'invalid_request', 'Send {"login": "<user login>"}.');
      }
      const user = findUserByLogin(site.store, body.login);
      if (!user) return sendError(response, 404, 'unknown_user', `No local user '${body.login}'.`);
      const now = Math.floor(site.now().getTime() / 1000);
      return sendJson(response, 200, {
        access_token: issueAccessToken(site.setting(SETTING.tokenSecret), user.loginName, now),
        token_type: 'Bearer',
        expires_in: TOKEN_LIFETIME_SECONDS,
      });
    }
    case 'GET /_local/faults':
      return sendJson(response, 200, faults.snapshot());
    case 'POST /_local/faults': {
      const changes = parseFaultChanges(parseJson(await readBody(request)));
      if (typeof changes === 'string') return sendError(response, 400, 'invalid_request', changes);
      return sendJson(response, 200, faults.configure(changes));
    }
    case 'DELETE /_local/faults':
      return sendJson(response, 200, faults.reset());
    default:
      return sendError(response, 404, 'not_found', `No local endpoint ${route}.`);
  }
}
