import { SpError, badRequest, methodNotAllowed, resourceNotFound } from '../http/sp-error';
import type { LocalSite } from '../local-site';
import { metadataLevel } from '../odata/odata-format';
import type { MetadataLevel } from '../odata/odata-format';
import type { PrincipalRecord } from '../store/records';
import { apiRoot } from './api-root';
import type { ApiMethod, ApiRequest, ApiResult, Resource, SiteLinks } from './api-types';
import { parsePathSegments } from './path-segments';

/** One `_api` call as it arrived, before routing. */
export interface ApiCall {
  /** The HTTP verb on the wire (a batch part carries MERGE and DELETE literally). */
  readonly method: string;
  /** The still-encoded path after `/_api/`. */
  readonly apiPath: string;
  readonly rawQuery: string;
  /** The still-encoded full path, for `odata.nextLink`. */
  readonly pathname: string;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly bytes?: Buffer;
  readonly user: PrincipalRecord;
  readonly links: SiteLinks;
  readonly site: LocalSite;
}

function errorBody(error: SpError, level: MetadataLevel): unknown {
  const detail = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return level === 'verbose' ? { error: detail } : { 'odata.error': detail };
}

export function errorResult(error: SpError, level: MetadataLevel): ApiResult {
  return { status: error.status, headers: error.headers, body: errorBody(error, level) };
}

function effectiveMethod(call: ApiCall): ApiMethod {
  let method = call.method.toUpperCase();
  const override = call.headers['x-http-method'];
  if (method === 'POST' && override) method = override.toUpperCase();
  if (method === 'PATCH' || method === 'PUT') method = 'MERGE';
  if (method === 'GET' || method === 'POST' || method === 'MERGE' || method === 'DELETE')
    return method;
  throw methodNotAllowed(method, call.apiPath);
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw badRequest('The request URL is not correctly encoded.');
  }
}

function dispatch(call: ApiCall): ApiResult {
  const method = effectiveMethod(call);
  // PnPjs's lists.ensure MERGEs the URL it read with, `$select` included: SharePoint ignores it.
  const query = new URLSearchParams(method === 'MERGE' ? '' : call.rawQuery);
  const segments = parsePathSegments(decodePath(call.apiPath), query);
  const request: ApiRequest = {
    method,
    segments,
    query,
    headers: call.headers,
    body: call.body,
    ...(call.bytes ? { bytes: call.bytes } : {}),
    user: call.user,
    level: metadataLevel(call.headers.accept),
    links: call.links,
    site: call.site,
    pathname: call.pathname,
  };
  let resource: Resource = apiRoot;
  for (const segment of segments) {
    const next = resource.child?.(segment, request);
    if (!next) throw resourceNotFound(segment.name);
    resource = next;
  }
  const handler = {
    GET: resource.get,
    POST: resource.post,
    MERGE: resource.merge,
    DELETE: resource.delete,
  }[method];
  if (!handler) throw methodNotAllowed(method, resource.name);
  return handler.call(resource, request);
}

/** Routes and runs one call; every failure becomes SharePoint's error answer, never a throw. */
export function executeApi(call: ApiCall): ApiResult {
  try {
    return dispatch(call);
  } catch (error) {
    const level = metadataLevel(call.headers.accept);
    if (error instanceof SpError) return errorResult(error, level);
    console.error('local-sharepoint: unexpected error', error);
    const failure = new SpError(
      500,
      '-1, System.InvalidOperationException',
      'Unexpected error in the local SharePoint.',
    );
    return errorResult(failure, level);
  }
}
