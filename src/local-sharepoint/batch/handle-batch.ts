import { randomUUID } from 'node:crypto';
import { SpError, badRequest } from '../http/sp-error';
import { contentTypeFor, metadataLevel } from '../odata/odata-format';
import type { ApiCall } from '../rest/execute-api';
import { errorResult, executeApi } from '../rest/execute-api';
import type { ApiResult } from '../rest/api-types';
import type { BatchPart } from './parse-batch-request';
import { parseBatchRequest } from './parse-batch-request';
import type { BatchPartResponse } from './write-batch-response';
import { writeBatchResponse } from './write-batch-response';

/** SharePoint's documented maximum of requests in one batch. */
export const MAX_BATCH_REQUESTS = 100;

export interface BatchAnswer {
  readonly contentType: string;
  readonly body: string;
}

function partResponse(part: BatchPart, result: ApiResult): BatchPartResponse {
  const level = metadataLevel(part.headers.accept);
  const headers: Record<string, string> = { ...result.headers };
  const hasBody = result.body !== undefined && result.status !== 204;
  if (hasBody) headers['Content-Type'] = contentTypeFor(level);
  return { status: result.status, headers, body: hasBody ? JSON.stringify(result.body) : '' };
}

/**
 * Runs each part of a `$batch` in order, as the caller, each with its own status: a 412 in one part
 * is only that part. Not transactional, like SharePoint.
 */
export function handleBatch(
  outer: Omit<ApiCall, 'method' | 'apiPath' | 'rawQuery' | 'pathname' | 'headers' | 'body'>,
  contentType: string,
  body: string,
  apiPrefix: string,
): BatchAnswer {
  const parts = parseBatchRequest(contentType, body);
  if (parts.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`A batch can hold at most ${MAX_BATCH_REQUESTS} requests.`);
  }
  const responses = parts.map((part) => {
    const level = metadataLevel(part.headers.accept);
    let url: URL;
    try {
      url = new URL(part.url, outer.links.origin);
    } catch {
      return partResponse(
        part,
        errorResult(badRequest(`The batch request URL '${part.url}' is not valid.`), level),
      );
    }
    const lower = url.pathname.toLowerCase();
    if (!lower.startsWith(`${apiPrefix}/`) || lower === `${apiPrefix}/$batch`) {
      const error = new SpError(
        400,
        '-1, System.ArgumentException',
        'Batches must be for the same web.',
      );
      return partResponse(part, errorResult(error, level));
    }
    const result = executeApi({
      ...outer,
      method: part.method,
      apiPath: url.pathname.slice(apiPrefix.length + 1),
      rawQuery: url.search.replace(/^\?/, ''),
      pathname: url.pathname,
      headers: part.headers,
      body: part.body,
    });
    return partResponse(part, result);
  });
  const boundary = `batchresponse_${randomUUID()}`;
  return {
    contentType: `multipart/mixed; boundary=${boundary}`,
    body: writeBatchResponse(boundary, responses),
  };
}
