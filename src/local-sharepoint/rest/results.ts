import { invalidJson } from '../http/sp-error';
import type { ODataEntity } from '../odata/odata-format';
import { formatCollection, formatEntity, formatPrimitive } from '../odata/odata-format';
import type { ApiRequest, ApiResult } from './api-types';

function metadataUrl(request: ApiRequest, fragment: string): string {
  return `${request.links.apiUrl}/$metadata#${fragment}`;
}

export function entityResult(
  request: ApiRequest,
  entity: ODataEntity,
  fragment: string,
  status = 200,
  headers: Record<string, string> = {},
): ApiResult {
  return {
    status,
    headers,
    body: formatEntity(entity, request.level, metadataUrl(request, fragment)),
  };
}

export function collectionResult(
  request: ApiRequest,
  entities: readonly ODataEntity[],
  fragment: string,
  nextLink?: string,
): ApiResult {
  return {
    status: 200,
    body: formatCollection(entities, request.level, metadataUrl(request, fragment), nextLink),
  };
}

export function primitiveResult(
  request: ApiRequest,
  name: string,
  value: string | number | boolean,
  edmType: string,
): ApiResult {
  return {
    status: 200,
    body: formatPrimitive(name, value, request.level, metadataUrl(request, edmType)),
  };
}

/** SharePoint's answer to MERGE, and to actions without a result. */
export function noContent(headers: Record<string, string> = {}): ApiResult {
  return { status: 204, headers };
}

/** DELETE and void actions answer 200 with an empty body. */
export function emptyOk(): ApiResult {
  return { status: 200 };
}

/** The request body as a JSON object; an empty body is `{}`. */
export function jsonBody(request: ApiRequest): Record<string, unknown> {
  if (request.body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    throw invalidJson();
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidJson();
  return parsed as Record<string, unknown>;
}

/** Verbose payloads wrap parameters the same way; this reads `{parameters:{…}}`. */
export function parametersOf(body: Record<string, unknown>): Record<string, unknown> {
  const parameters = body.parameters;
  if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) {
    throw invalidJson();
  }
  return parameters as Record<string, unknown>;
}
