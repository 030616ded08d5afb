import { STATUS_CODES } from 'node:http';

export interface BatchPartResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** One line of JSON, or empty. */
  readonly body: string;
}

/**
 * SharePoint's `$batch` answer in the shape PnPjs's parser demands: flat `--batchresponse_` parts
 * (never nested changeset responses), one per request in order, LF line ends (PnPjs splits on LF
 * and would keep a CR in the status text), and a closing delimiter followed by a newline.
 */
export function writeBatchResponse(boundary: string, parts: readonly BatchPartResponse[]): string {
  const lines: string[] = [];
  for (const part of parts) {
    lines.push(
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
    );
    lines.push(`HTTP/1.1 ${part.status} ${STATUS_CODES[part.status] ?? 'Unknown'}`);
    for (const [name, value] of Object.entries(part.headers)) lines.push(`${name}: ${value}`);
    lines.push('', part.body);
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\n');
}
