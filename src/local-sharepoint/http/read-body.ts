import type { IncomingMessage } from 'node:http';
import { SpError } from './sp-error';

export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
  return (await readBodyBytes(request)).toString('utf8');
}

export async function readBodyBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new SpError(413, '-1, System.ArgumentException', 'The request body is too large.');
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
