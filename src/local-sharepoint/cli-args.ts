import { parseArgs } from 'node:util';
import type { LocalSharePointOptions } from './server';

export interface LocalSharePointCliOptions extends LocalSharePointOptions {
  port: number;
  /** Seed the action plan after start (wired up by the seeding code). */
  seed: boolean;
}

export const CLI_USAGE =
  'Usage: local-sharepoint [--port 4321] [--db .data/mvoi.sqlite] [--host 127.0.0.1] [--site /sites/mvoi] [--latency MS] [--throttle-rate 0..1] [--seed]';

export class CliArgumentError extends Error {
  constructor(message: string) {
    super(`${message}\n${CLI_USAGE}`);
    this.name = 'CliArgumentError';
  }
}

function number(
  name: string,
  text: string | undefined,
  check: (n: number) => boolean,
  rule: string,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new CliArgumentError(`--${name} must be ${rule}, got '${text}'.`);
  }
  return value;
}

/** Parses and validates the command line of `npm run local-sharepoint`. */
export function parseLocalSharePointArgs(argv: readonly string[]): LocalSharePointCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        db: { type: 'string' },
        host: { type: 'string' },
        site: { type: 'string' },
        latency: { type: 'string' },
        'throttle-rate': { type: 'string' },
        seed: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CliArgumentError(error instanceof Error ? error.message : String(error));
  }
  const port =
    number(
      'port',
      values.port,
      (n) => Number.isInteger(n) && n >= 0 && n <= 65535,
      'an integer from 0 to 65535',
    ) ?? 4321;
  const latencyMs = number(
    'latency',
    values.latency,
    (n) => Number.isInteger(n) && n >= 0,
    'a whole number of milliseconds',
  );
  const throttleRate = number(
    'throttle-rate',
    values['throttle-rate'],
    (n) => n >= 0 && n <= 1,
    'a share between 0 and 1',
  );
  if (values.db !== undefined && values.db.trim() === '')
    throw new CliArgumentError('--db must name a file.');
  if (
    values.site !== undefined &&
    !/^\/?[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/.test(values.site)
  ) {
    throw new CliArgumentError(
      `--site must be a server-relative path such as /sites/mvoi, got '${values.site}'.`,
    );
  }
  return {
    port,
    dbPath: values.db ?? '.data/mvoi.sqlite',
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.site !== undefined ? { sitePath: values.site } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(throttleRate !== undefined ? { throttleRate } : {}),
    seed: values.seed ?? false,
  };
}
