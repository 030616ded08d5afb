import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { handleBatch } from '../batch/handle-batch';
import type { FaultInjector } from '../faults';
import type { LocalSite } from '../local-site';
import { contentTypeFor, metadataLevel } from '../odata/odata-format';
import type { MetadataLevel } from '../odata/odata-format';
import type { ApiResult } from '../rest/api-types';
import { errorResult, executeApi } from '../rest/execute-api';
import { authenticate } from './authenticate';
import { handleLocalEndpoint } from './local-endpoints';
import { readBodyBytes } from './read-body';
import { siteLinks } from './site-links';
import { SpError, resourceNotFound } from './sp-error';

/** Resolves once the request is answered (or its client has gone). */
export type RequestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: () => void,
) => Promise<void>;

const ALLOWED_HEADERS = [
  'Accept',
  'Authorization',
  'Content-Type',
  'IF-Match',
  'If-None-Match',
  'X-HTTP-Method',
  'X-RequestDigest',
  'X-PnPjs-RequestId',
  'X-ClientService-ClientTag',
  'X-PnP-BatchNever',
  'X-PnPjs-NoDigest',
].join(', ');

function setCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (!origin) return;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After, Location, request-id');
}

function send(response: ServerResponse, result: ApiResult, level: MetadataLevel): void {
  const headers: Record<string, string> = { 'request-id': randomUUID(), ...result.headers };
  if (result.raw) {
    response.writeHead(result.status, { ...headers, 'Content-Length': String(result.raw.length) });
    response.end(result.raw);
    return;
  }
  const hasBody = result.body !== undefined && result.status !== 204;
  if (hasBody) headers['Content-Type'] = contentTypeFor(level);
  response.writeHead(result.status, headers);
  response.end(hasBody ? JSON.stringify(result.body) : undefined);
}

function throttled(retryAfterSeconds: number): ApiResult {
  const error = new SpError(
    429,
    '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
    'The request has been throttled. Retry after the number of seconds in the Retry-After header.',
    { 'Retry-After': String(retryAfterSeconds) },
  );
  return errorResult(error, 'minimal');
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves `{sitePath}/_api/**` (SharePoint REST, bearer token required) and `/_local/**`; anything
 * else goes to `next` when mounted as middleware, or answers 404.
 */
export function createRequestHandler(site: LocalSite, faults: FaultInjector): RequestHandler {
  const apiPrefix = `${site.sitePath.toLowerCase()}/_api`;

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
    rawQuery: string,
  ): Promise<void> {
    const level = metadataLevel(request.headers.accept);
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    const retryAfter = faults.nextThrottle();
    if (retryAfter !== undefined) return send(response, throttled(retryAfter), 'minimal');
    try {
      const user = authenticate(site, request.headers.authorization);
      const bytes = await readBodyBytes(request);
      const body = bytes.toString('utf8');
      const links = siteLinks(request.headers, site.sitePath, request.headers.host ?? 'localhost');
      const apiPath = pathname.slice(apiPrefix.length + 1);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers[name] = value;
      }
      if (apiPath.toLowerCase() === '$batch') {
        const answer = handleBatch(
          { user, links, site },
          headers['content-type'] ?? '',
          body,
          apiPrefix,
        );
        response.writeHead(200, { 'Content-Type': answer.contentType, 'request-id': randomUUID() });
        response.end(answer.body);
        return;
      }
      const method = request.method ?? 'GET';
      send(
        response,
        executeApi({
          method,
          apiPath,
          rawQuery,
          pathname,
          headers,
          body,
          bytes,
          user,
          links,
          site,
        }),
        level,
      );
    } catch (error) {
      if (!(error instanceof SpError)) throw error;
      send(response, errorResult(error, level), level);
    }
  }

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    next?: () => void,
  ): Promise<void> {
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const pathname = queryStart < 0 ? url : url.slice(0, queryStart);
    const rawQuery = queryStart < 0 ? '' : url.slice(queryStart + 1);
    const lower = pathname.toLowerCase();
    const ours =
      lower === apiPrefix || lower.startsWith(`${apiPrefix}/`) || lower.startsWith('/_local/');
    if (!ours) {
      if (next) return next();
      return send(response, errorResult(resourceNotFound(pathname), 'minimal'), 'minimal');
    }
    setCors(request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, MERGE, OPTIONS',
        'Access-Control-Allow-Headers':
          request.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return;
    }
    if (lower.startsWith('/_local/'))
      return handleLocalEndpoint(site, faults, request, response, pathname);
    return handleApi(request, response, pathname, rawQuery);
  }

  return (request, response, next) =>
    handle(request, response, next).catch((error: unknown) => {
      if (clientWentAway(request, error)) {
        response.destroy();
        return;
      }
      console.error('local-sharepoint: request failed', error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const failure = new SpError(
        500,
        '-1, System.InvalidOperationException',
        'Unexpected error in the local SharePoint.',
      );
      send(response, errorResult(failure, 'minimal'), 'minimal');
    });
}

/** A client that closed its connection mid-request (a closed tab, a page left) has nobody to answer. */
function clientWentAway(request: IncomingMessage, error: unknown): boolean {
  return request.socket.destroyed && (error as NodeJS.ErrnoException).code === 'ECONNRESET';
}
