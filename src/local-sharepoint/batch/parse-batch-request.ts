import { badRequest } from '../http/sp-error';

/** One request inside a `$batch` body. */
export interface BatchPart {
  readonly method: string;
  readonly url: string;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** Splits lines into the blocks between `--boundary` delimiters, up to `--boundary--`. */
function blocks(lines: readonly string[], boundary: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) {
      if (current) result.push(current);
      return result;
    }
    if (trimmed === `--${boundary}`) {
      if (current) result.push(current);
      current = [];
      continue;
    }
    current?.push(line);
  }
  throw badRequest(`The batch body does not end with --${boundary}--.`);
}

function headersOf(lines: readonly string[], start: number): [Record<string, string>, number] {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') return [headers, i + 1];
    const colon = line.indexOf(':');
    if (colon <= 0) throw badRequest(`Malformed header line in batch: '${line}'.`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, i];
}

function httpRequest(block: readonly string[]): BatchPart {
  const [partHeaders, start] = headersOf(block, 0);
  if (!(partHeaders['content-type'] ?? '').toLowerCase().startsWith('application/http')) {
    throw badRequest('A batch part must have Content-Type: application/http.');
  }
  let i = start;
  while (i < block.length && (block[i] as string).trim() === '') i++;
  const requestLine = /^([A-Za-z]+) (\S+) HTTP\/\d(?:\.\d)?$/.exec((block[i] ?? '').trim());
  if (!requestLine) throw badRequest(`Malformed request line in batch: '${block[i] ?? ''}'.`);
  const [headers, bodyStart] = headersOf(block, i + 1);
  const body = block.slice(bodyStart).join('\n').trim();
  return {
    method: (requestLine[1] as string).toUpperCase(),
    url: requestLine[2] as string,
    headers,
    body,
  };
}

/**
 * Parses a `$batch` body as PnPjs writes it: LF (or CRLF) lines, GETs as top-level parts,
 * consecutive writes inside `multipart/mixed` changesets. Returns the requests in order.
 */
export function parseBatchRequest(contentType: string, body: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary || !/^multipart\/mixed/i.test(contentType)) {
    throw badRequest('A $batch request needs Content-Type: multipart/mixed with a boundary.');
  }
  const lines = body.split(/\r?\n/);
  const parts: BatchPart[] = [];
  for (const block of blocks(lines, boundary)) {
    const [headers, start] = headersOf(block, 0);
    const type = headers['content-type'] ?? '';
    const changeset = /^multipart\/mixed/i.test(type) ? boundaryOf(type) : undefined;
    if (changeset) {
      for (const inner of blocks(block.slice(start), changeset)) parts.push(httpRequest(inner));
    } else {
      parts.push(httpRequest(block));
    }
  }
  return parts;
}
