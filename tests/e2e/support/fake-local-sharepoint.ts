import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalSharePoint } from './app-server';

/**
 * A FAKE of the local SharePoint's identity endpoints only (`GET /_local/users`,
 * `POST /_local/token`), for end-to-end tests of the host and sign-in. It serves no SharePoint
 * REST; use the real `startLocalSharePoint` from src/local-sharepoint for anything that reads data.
 */
export const FAKE_USERS = [
  {
    login: 'coordinator@mvoi.local',
    title: 'Sanne Vermeulen (coördinator)',
    email: 'coordinator@mvoi.local',
    role: 'coordinator',
  },
  {
    login: 'klimaat.eigenaar@mvoi.local',
    title: 'Joris Hermans (Klimaat)',
    email: 'klimaat.eigenaar@mvoi.local',
    role: 'theme-owner',
    themeKey: 'klimaat',
  },
  {
    login: 'circulair.eigenaar@mvoi.local',
    title: 'Anouk Lemmens (Circulair)',
    email: 'circulair.eigenaar@mvoi.local',
    role: 'theme-owner',
    themeKey: 'circulair',
  },
  {
    login: 'lotte.peeters@mvoi.local',
    title: 'Lotte Peeters (collega)',
    email: 'lotte.peeters@mvoi.local',
    role: 'colleague',
  },
] as const;

export async function startFakeLocalSharePoint(): Promise<LocalSharePoint> {
  const server = createServer((request, response) => {
    void answer(request, response).catch(() => send(response, 500, { error: 'fake failed' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    siteUrl: `${origin}/sites/mvoi`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://fake').pathname;
  if (request.method === 'GET' && path === '/_local/users') return send(response, 200, FAKE_USERS);
  if (request.method === 'POST' && path === '/_local/token') {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    const { login } = JSON.parse(body || '{}') as { login?: string };
    const user = FAKE_USERS.find((u) => u.login === login);
    if (!user) return send(response, 400, { error: `unknown login ${String(login)}` });
    return send(response, 200, { access_token: `fake-token-for:${user.login}` });
  }
  send(response, 404, { error: `the fake serves only /_local/users and /_local/token` });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
