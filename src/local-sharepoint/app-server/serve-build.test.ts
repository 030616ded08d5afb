import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localHostingConfig, readHostingConfig } from './hosting-config';
import { startBuildServer, type BuildServer } from './serve-build';

const outDir = mkdtempSync(join(tmpdir(), 'mvoi-serve-build-'));
let upstream: Server;
let seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];
let app: BuildServer;

beforeAll(async () => {
  mkdirSync(join(outDir, 'assets'));
  mkdirSync(join(outDir, 'src/local-teams-host'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(outDir, 'assets/index-abc.js'), 'export {}');
  writeFileSync(join(outDir, 'src/local-teams-host/index.html'), '<title>host</title>');
  writeFileSync(join(outDir, 'staticwebapp.config.json'), '{}');
  upstream = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.writeHead(201, { 'Content-Type': 'application/json', ETag: '"2"' });
      response.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  app = await startBuildServer({
    outDir,
    sharePointOrigin: `http://127.0.0.1:${port}`,
    port: 0,
    config: localHostingConfig(readHostingConfig()),
  });
});

afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => upstream?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, init);

function rawGet(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(app.url);
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

describe('the production build server', () => {
  it('serves the page with the hosting configuration’s headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(
      /frame-ancestors 'self' https:\/\/teams\.microsoft\.com /,
    );
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves hashed assets as immutable, and revalidates with 304', async () => {
    const first = await get('/assets/index-abc.js');
    expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = first.headers.get('etag') ?? '';
    const again = await get('/assets/index-abc.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers client routes with the app and a missing asset with an uncached 404', async () => {
    const route = await get('/themes/klimaat/board?view=x');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    const missing = await get('/assets/index-gone.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the local Teams host page, and keeps the configuration and the outside to itself', async () => {
    expect(await (await get('/src/local-teams-host/index.html')).text()).toContain('host');
    expect((await get('/staticwebapp.config.json')).status).toBe(404);
    // Raw, as fetch would normalise the dots away before sending.
    expect(await rawGet('/../../../etc/passwd')).not.toContain('root:');
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });

  it('passes /sites and /_local to the local SharePoint, as seen from the app’s origin', async () => {
    seen = [];
    const response = await get('/sites/mvoi/_api/web/lists?$top=1', {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"1"' },
      body: '{"Title":"x"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.json()).toEqual({ ok: true });
    await get('/_local/users');
    expect(seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /sites/mvoi/_api/web/lists?$top=1',
      'GET /_local/users',
    ]);
    expect(seen[0]?.headers).toMatchObject({
      'x-forwarded-host': new URL(app.url).host,
      'x-http-method': 'MERGE',
      'if-match': '"1"',
    });
    expect(seen[0]?.body).toBe('{"Title":"x"}');
  });
});
