import * as z from 'zod/mini';
import { THEME_KEYS } from '../domain/theme';
import type { LocalSession, LocalUser } from './host';

/*
 * The local SharePoint server (src/local-sharepoint) stands in for Entra ID in local mode: it
 * lists its users at `/_local/users` and hands out a bearer token for one at `/_local/token`.
 */

type Fetch = typeof fetch;

const localUser = z.pipe(
  z.object({
    login: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    email: z.string(),
    role: z.enum(['coordinator', 'theme-owner', 'colleague']),
    themeKey: z.nullish(z.enum(THEME_KEYS)),
  }),
  z.transform((user): LocalUser => ({ ...user, themeKey: user.themeKey ?? undefined })),
);

const tokenResponse = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.optional(z.number().check(z.positive())),
});

export async function fetchLocalUsers(
  origin: string,
  fetchFn: Fetch = fetch,
): Promise<LocalUser[]> {
  const response = await fetchFn(new URL('/_local/users', origin));
  if (!response.ok) throw new Error(`GET /_local/users answered ${response.status}`);
  return z.array(localUser).parse(await response.json());
}

interface Token {
  value: string;
  /** When to ask again (ms since the epoch); a minute before the server's expiry. */
  renewAt: number;
}

/** Gets a token per login and reuses it until shortly before it expires; failures are retried. */
export function localTokenSource(origin: string, fetchFn: Fetch = fetch, now = () => Date.now()) {
  const tokens = new Map<string, Promise<Token>>();
  const fresh = (login: string): Promise<Token> => {
    const token = requestToken(origin, login, fetchFn, now);
    tokens.set(login, token);
    token.catch(() => tokens.delete(login));
    return token;
  };
  return async (login: string): Promise<string> => {
    const token = await (tokens.get(login) ?? fresh(login));
    return token.renewAt > now() ? token.value : (await fresh(login)).value;
  };
}

async function requestToken(
  origin: string,
  login: string,
  fetchFn: Fetch,
  now: () => number,
): Promise<Token> {
  const response = await fetchFn(new URL('/_local/token', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login }),
  });
  if (!response.ok) throw new Error(`POST /_local/token answered ${response.status}`);
  const { access_token, expires_in } = tokenResponse.parse(await response.json());
  const lifetime = expires_in === undefined ? Infinity : (expires_in - 60) * 1000;
  return { value: access_token, renewAt: now() + lifetime };
}

/** The local user a Teams context presents (its user principal name is a login or an e-mail). */
export function localUserFor(upn: string, users: LocalUser[]): LocalUser | undefined {
  const wanted = upn.toLowerCase();
  return users.find((u) => u.login.toLowerCase() === wanted || u.email.toLowerCase() === wanted);
}

const STORAGE_KEY = 'mvoi.local-identity';

/** The identity picker's state; the choice survives reloads in `storage`. */
export function createLocalSession(
  listUsers: () => Promise<LocalUser[]>,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
): LocalSession {
  let current = restore(storage);
  const listeners = new Set<() => void>();
  const change = (user: LocalUser | undefined) => {
    current = user;
    if (user) storage?.setItem(STORAGE_KEY, JSON.stringify(user));
    else storage?.removeItem(STORAGE_KEY);
    listeners.forEach((listener) => listener());
  };
  return {
    method: 'local',
    get current() {
      return current;
    },
    listUsers,
    choose: (user) => change(user),
    clear: () => change(undefined),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function restore(storage: Pick<Storage, 'getItem'> | undefined): LocalUser | undefined {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return saved ? localUser.parse(JSON.parse(saved)) : undefined;
  } catch {
    // A stale or hand-edited entry: ask again rather than fail.
    return undefined;
  }
}
