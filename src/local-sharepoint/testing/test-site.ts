import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { SPBrowser, spfi } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import type { LocalSharePoint, LocalSharePointOptions } from '../server';
import { startLocalSharePoint } from '../server';

export const COORDINATOR = 'coordinator@mvoi.local';
export const KLIMAAT_OWNER = 'klimaat.eigenaar@mvoi.local';
export const CIRCULAIR_OWNER = 'circulair.eigenaar@mvoi.local';
export const COLLEAGUE = 'lotte.peeters@mvoi.local';

/** The bearer-token behavior the app uses (see the notes, §2.3). */
export function bearer(token: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url, init) => {
      init.headers = { ...init.headers, Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

export interface TestSite {
  readonly server: LocalSharePoint;
  token(login: string): Promise<string>;
  /** A PnPjs root acting as `login`. */
  sp(login?: string): Promise<SPFI>;
  /** Raw fetch to the site's `_api`, as `login` unless `login` is null. */
  api(path: string, init?: RequestInit & { login?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestSite(
  options: Partial<LocalSharePointOptions> = {},
): Promise<TestSite> {
  const server = await startLocalSharePoint({ dbPath: ':memory:', port: 0, ...options });
  const tokens = new Map<string, string>();
  const token = async (login: string) => {
    const cached = tokens.get(login);
    if (cached) return cached;
    const response = await fetch(`${server.origin}/_local/token`, {
      method: 'POST',
      body: JSON.stringify({ login }),
    });
    const { access_token: accessToken } = (await response.json()) as { access_token: string };
    tokens.set(login, accessToken);
    return accessToken;
  };
  return {
    server,
    token,
    sp: async (login = COORDINATOR) =>
      spfi(server.siteUrl).using(SPBrowser(), bearer(await token(login))),
    api: async (path, init = {}) => {
      const { login = COORDINATOR, headers, ...rest } = init;
      const auth: Record<string, string> =
        login === null ? {} : { Authorization: `Bearer ${await token(login)}` };
      return fetch(`${server.siteUrl}/_api/${path}`, {
        ...rest,
        headers: { Accept: 'application/json', ...auth, ...(headers as Record<string, string>) },
      });
    },
    close: () => server.close(),
  };
}

/** The HTTP status a PnPjs call ends with: 200, or the status of the error it throws. */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}
