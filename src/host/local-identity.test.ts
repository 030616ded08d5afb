import { describe, expect, it, vi } from 'vitest';
import type { LocalUser } from './host';
import {
  createLocalSession,
  fetchLocalUsers,
  localTokenSource,
  localUserFor,
} from './local-identity';

const ORIGIN = 'http://127.0.0.1:5173';

const coordinator: LocalUser = {
  login: 'coordinator@mvoi.local',
  title: 'Sanne Vermeulen',
  email: 'coordinator@mvoi.local',
  role: 'coordinator',
  themeKey: undefined,
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('fetchLocalUsers', () => {
  it('reads the users of the local SharePoint', async () => {
    const fetchFn = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        json([
          { login: 'coordinator@mvoi.local', title: 'Sanne', email: 'c@x', role: 'coordinator' },
          {
            login: 'klimaat.eigenaar@mvoi.local',
            title: 'Joris',
            email: 'k@x',
            role: 'theme-owner',
            themeKey: 'klimaat',
          },
        ]),
      ),
    );
    const users = await fetchLocalUsers(ORIGIN, fetchFn);
    expect(String(fetchFn.mock.calls[0]?.[0])).toBe(`${ORIGIN}/_local/users`);
    expect(users.map((u) => [u.login, u.role, u.themeKey])).toEqual([
      ['coordinator@mvoi.local', 'coordinator', undefined],
      ['klimaat.eigenaar@mvoi.local', 'theme-owner', 'klimaat'],
    ]);
  });

  it('rejects an answer that is not a list of users', async () => {
    const fetchFn = () => Promise.resolve(json([{ login: 'x', role: 'admin' }]));
    await expect(fetchLocalUsers(ORIGIN, fetchFn)).rejects.toThrow();
  });
});

describe('localTokenSource', () => {
  it('asks a token per login once, and again after a failure', async () => {
    const fetchFn = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json({}, 500))
      .mockResolvedValue(json({ access_token: 'token-1' }));
    const tokens = localTokenSource(ORIGIN, fetchFn);

    await expect(tokens('coordinator@mvoi.local')).rejects.toThrow('500');
    await expect(tokens('coordinator@mvoi.local')).resolves.toBe('token-1');
    await expect(tokens('coordinator@mvoi.local')).resolves.toBe('token-1');
    expect(fetchFn).toHaveBeenCalledTimes(2);
    const [url, init] = fetchFn.mock.calls[1] ?? [];
    expect(String(url)).toBe(`${ORIGIN}/_local/token`);
    expect(init).toMatchObject({ method: 'POST', body: '{"login":"coordinator@mvoi.local"}' });
  });

  it('asks again shortly before the token expires', async () => {
    let clock = 0;
    const fetchFn = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json({ access_token: 'first', expires_in: 3600 }))
      .mockResolvedValueOnce(json({ access_token: 'second', expires_in: 3600 }));
    const tokens = localTokenSource(ORIGIN, fetchFn, () => clock);

    await expect(tokens('x')).resolves.toBe('first');
    clock = 3_539_000;
    await expect(tokens('x')).resolves.toBe('first');
    clock = 3_541_000;
    await expect(tokens('x')).resolves.toBe('second');
  });
});

describe('localUserFor', () => {
  it('matches the Teams user principal name to a login or e-mail, ignoring case', () => {
    const other = { ...coordinator, login: 'sanne', email: 'Sanne@Mvoi.local' };
    expect(localUserFor('COORDINATOR@mvoi.local', [coordinator])).toBe(coordinator);
    expect(localUserFor('sanne@mvoi.local', [other])).toBe(other);
    expect(localUserFor('someone@else', [coordinator])).toBeUndefined();
  });
});

describe('createLocalSession', () => {
  it('remembers the chosen identity across sessions and forgets it on clear', () => {
    const storage = memoryStorage();
    const first = createLocalSession(() => Promise.resolve([]), storage);
    const listener = vi.fn();
    first.subscribe(listener);
    first.choose(coordinator);
    expect(first.current).toEqual(coordinator);
    expect(listener).toHaveBeenCalledTimes(1);

    expect(createLocalSession(() => Promise.resolve([]), storage).current).toEqual(coordinator);

    first.clear();
    expect(first.current).toBeUndefined();
    expect(createLocalSession(() => Promise.resolve([]), storage).current).toBeUndefined();
  });

  it('ignores a stored choice it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('mvoi.local-identity', '{"login":');
    expect(createLocalSession(() => Promise.resolve([]), storage).current).toBeUndefined();
  });
});
