import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootstrapSite } from './bootstrap-site';
import { FaultInjector } from './faults';
import type { RequestHandler } from './http/request-handler';
import { createRequestHandler } from './http/request-handler';
import { LocalSite } from './local-site';
import { SiteStore } from './store/site-store';

export interface LocalSharePointOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** SQLite file; `:memory:` for a throwaway site; a snapshot's bytes for a throwaway copy. */
  dbPath: string | Buffer;
  /** Server-relative URL of the site. Default `/sites/mvoi`. */
  sitePath?: string;
  /** Added to every `/_api` request. */
  latencyMs?: number;
  /** Share (0..1) of `/_api` requests answered 429 with Retry-After: 1. */
  throttleRate?: number;
}

export interface LocalSharePointHandler extends RequestHandler {
  readonly site: LocalSite;
  readonly faults: FaultInjector;
  /** Closes the database. */
  close(): void;
}

export interface LocalSharePoint {
  /** e.g. `http://127.0.0.1:4321`. */
  readonly origin: string;
  /** e.g. `http://127.0.0.1:4321/sites/mvoi`: the base URL for `spfi()`. */
  readonly siteUrl: string;
  /** The site behind the server, for seeding and tests (`site.store`). */
  readonly site: LocalSite;
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

export const DEFAULT_SITE_PATH = '/sites/mvoi';

function normalizeSitePath(path: string): string {
  const trimmed = `/${path.replace(/^\/+|\/+$/g, '')}`;
  if (!/^(\/[A-Za-z0-9._-]+)+$/.test(trimmed)) throw new Error(`Invalid site path '${path}'.`);
  return trimmed;
}

/** The request handler alone, to mount in another server (e.g. the app's dev server). */
export function createLocalSharePointHandler(
  options: Omit<LocalSharePointOptions, 'port' | 'host'>,
): LocalSharePointHandler {
  const store = SiteStore.open(options.dbPath);
  bootstrapSite(store);
  const site = new LocalSite(store, normalizeSitePath(options.sitePath ?? DEFAULT_SITE_PATH));
  const faults = new FaultInjector({
    latencyMs: options.latencyMs ?? 0,
    throttleRate: options.throttleRate ?? 0,
  });
  const handler = createRequestHandler(site, faults);
  return Object.assign(handler, { site, faults, close: () => store.close() });
}

/** Starts the local SharePoint on its own HTTP server. */
export async function startLocalSharePoint(
  options: LocalSharePointOptions,
): Promise<LocalSharePoint> {
  const handler = createLocalSharePointHandler(options);
  // Long $filter URLs (an `in` over many ids) must reach the parser, which answers 400 past its limit.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) =>
    handler(request, response),
  );
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    handler.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    siteUrl: `${origin}${handler.site.sitePath}`,
    site: handler.site,
    faults: handler.faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          handler.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
