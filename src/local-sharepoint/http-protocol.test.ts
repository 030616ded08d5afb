import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localToken } from './local-identity-client';
import { createLocalSharePointHandler } from './server';
import type { TestSite } from './testing/test-site';
import { COORDINATOR, startTestSite } from './testing/test-site';

let site: TestSite;
let listId: string;

const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  site = await startTestSite();
  const sp = await site.sp();
  listId = (await sp.web.lists.add('Protocol')).Id;
  await sp.web.lists.getById(listId).items.add({ Title: 'Eerste' });
});

afterAll(() => site.close());

describe('SharePoint error shapes', () => {
  it.each([
    [
      "web/lists/getByTitle('Bestaat niet')",
      404,
      '-1, System.ArgumentException',
      "List 'Bestaat niet' does not exist at site with URL",
    ],
    [
      "web/lists/getByTitle('Protocol')/items(999)",
      404,
      '-2130575338, Microsoft.SharePoint.SPException',
      'Item does not exist.',
    ],
    [
      'web/nergens',
      404,
      '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      'Cannot find resource',
    ],
    [
      "web/lists/getByTitle('Protocol')/items?$filter=Title eq",
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'is not valid',
    ],
    [
      "web/lists/getByTitle('Protocol')/items?$top=9999",
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      '$top',
    ],
    [
      "web/lists/getByTitle('Protocol')/items?$select=Nope",
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      "The property 'Nope' does not exist",
    ],
  ])('GET %s answers %i', async (path, status, code, message) => {
    const response = await site.api(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(
      /^application\/json;odata=minimalmetadata/,
    );
    const body = (await response.json()) as {
      'odata.error': { code: string; message: { lang: string; value: string } };
    };
    expect(body['odata.error'].code).toBe(code);
    expect(body['odata.error'].message.lang).toBe('en-US');
    expect(body['odata.error'].message.value).toContain(message);
  });

  it('puts the error under "error" for verbose callers and refuses malformed JSON bodies', async () => {
    const response = await site.api("web/lists/getByTitle('Protocol')/items", {
      method: 'POST',
      headers: {
        Accept: 'application/json;odata=verbose',
        'Content-Type': 'application/json;odata=verbose',
      },
      body: '{"Title": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: {
          lang: 'en-US',
          value: 'Invalid JSON. A token was not recognized in the JSON content.',
        },
      },
    });
    const array = await site.api("web/lists/getByTitle('Protocol')/items", {
      method: 'POST',
      headers: json,
      body: '[1]',
    });
    expect(array.status).toBe(400);
  });
});

describe('wire details PnPjs relies on', () => {
  it('accepts resource names in any case and the editLink form of list ids', async () => {
    const byCase = await site.api("WEB/LISTS/GETBYTITLE('protocol')/ITEMS(1)?$select=Title");
    expect(((await byCase.json()) as { Title: string }).Title).toBe('Eerste');
    const response = await site.api(`Web/Lists(guid'${listId}')/Items(1)`);
    const item = (await response.json()) as Record<string, unknown>;
    expect(item['odata.editLink']).toBe(`Web/Lists(guid'${listId}')/Items(1)`);
    expect(item['odata.etag']).toBe('"1"');
    expect(item.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('reads an item through items/getById(n) and getItemById(n)', async () => {
    for (const path of [
      `web/lists('${listId}')/items/getById(1)`,
      `web/lists('${listId}')/getItemById(1)`,
    ]) {
      const response = await site.api(`${path}?$select=Id`);
      expect(((await response.json()) as { Id: number }).Id).toBe(1);
    }
  });

  it('answers a MERGE with 204 and the new ETag, honouring IF-Match', async () => {
    const merge = (ifMatch: string, title: string) =>
      site.api(`web/lists('${listId}')/items(1)?$select=Title`, {
        method: 'POST',
        headers: { ...json, 'X-HTTP-Method': 'MERGE', 'IF-Match': ifMatch },
        body: JSON.stringify({ Title: title }),
      });
    const ok = await merge('"1"', 'Tweede');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect((await merge('"1"', 'Derde')).status).toBe(412);
    expect((await merge('*', 'Vierde')).headers.get('etag')).toBe('"3"');
  });

  it('answers verbose with d, __metadata and results', async () => {
    const response = await site.api(`web/lists('${listId}')/items?$select=Id,Title`, {
      headers: { Accept: 'application/json;odata=verbose' },
    });
    const body = (await response.json()) as {
      d: { results: { __metadata: { type: string; etag: string } }[] };
    };
    expect(body.d.results[0]?.__metadata).toMatchObject({
      type: 'SP.Data.ProtocolListItem',
      etag: '"3"',
    });
  });

  it('returns the context info digest at the top level', async () => {
    const response = await site.api('contextinfo', { method: 'POST' });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.FormDigestValue).toEqual(expect.any(String));
  });

  it('answers CORS preflights without a token and exposes ETag', async () => {
    const preflight = await fetch(`${site.server.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Headers': 'authorization,if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,if-match');
    const get = await site.api('web', { headers: { Origin: 'http://localhost:5173' } });
    expect(get.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('$batch', () => {
  it('parses the PnPjs body and answers flat batchresponse parts in order', async () => {
    const base = `${site.server.siteUrl}/_api/web/lists('${listId}')`;
    const body = [
      '--batch_b1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${base}/items?%24select=Id%2CTitle HTTP/1.1`,
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      '',
      '--batch_b1',
      'Content-Type: multipart/mixed; boundary="changeset_c1"',
      '',
      '--changeset_c1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${base}/items HTTP/1.1`,
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      '',
      '{"Title":"Uit batch"}',
      '',
      '--changeset_c1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `MERGE ${base}/items(1) HTTP/1.1`,
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      'if-match: "1"',
      '',
      '{"Title":"Te laat"}',
      '',
      '--changeset_c1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `DELETE ${base}/items(2) HTTP/1.1`,
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      'if-match: *',
      '',
      '--changeset_c1--',
      '',
      '--batch_b1--',
      '',
    ].join('\n');
    const response = await site.api('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_b1' },
      body,
    });
    expect(response.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(
      response.headers.get('content-type') ?? '',
    )?.[1];
    const text = await response.text();
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).not.toMatch(/changesetresponse/);
    const parts = text.split(`--${boundary}`).slice(1, -1);
    expect(parts.map((part) => /HTTP\/1\.1 (\d+)/.exec(part)?.[1])).toEqual([
      '200',
      '201',
      '412',
      '200',
    ]);
    expect(parts[0]).toContain('"Title":"Vierde"');
    expect(parts[1]).toContain('"Title":"Uit batch"');
    expect(parts[1]).toMatch(/\nETag: "1"\n/);
    const remaining = await site.api(`web/lists('${listId}')/items?$select=Title`);
    expect(
      ((await remaining.json()) as { value: { Title: string }[] }).value.map((i) => i.Title),
    ).toEqual(['Vierde']);
  });

  it('refuses a malformed batch and parts for another web', async () => {
    const bad = await site.api('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x' },
      body: '--batch_x\nnonsense',
    });
    expect(bad.status).toBe(400);
    const other = [
      '--batch_y',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${site.server.origin}/sites/other/_api/web HTTP/1.1`,
      '',
      '--batch_y--',
      '',
    ].join('\n');
    const response = await site.api('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_y' },
      body: other,
    });
    expect(await response.text()).toMatch(/HTTP\/1\.1 400 Bad Request/);
  });
});

describe('a client that goes away mid-request', () => {
  it('is not reported as a failure, and the next request is answered', async () => {
    const handler = createLocalSharePointHandler({ dbPath: ':memory:' });
    const handled: Promise<void>[] = [];
    const server = createServer((request, response) => {
      handled.push(handler(request, response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const failures = vi.spyOn(console, 'error');
    try {
      const authorization = `Bearer ${await localToken(origin, COORDINATOR)}`;
      const partial = httpRequest(`${origin}/sites/mvoi/_api/$batch`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Length': '1000' },
      });
      partial.on('error', () => undefined);
      partial.write('--batch_');
      await vi.waitFor(() => expect(handled).toHaveLength(2));
      partial.destroy();
      await handled[1];
      expect(failures).not.toHaveBeenCalled();
      const next = await fetch(`${origin}/sites/mvoi/_api/web`, {
        headers: { Accept: 'application/json', Authorization: authorization },
      });
      expect(next.status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      handler.close();
    }
  });
});

describe('fault injection', () => {
  it('adds the configured latency to every /_api request', async () => {
    const slow = await startTestSite({ latencyMs: 150 });
    try {
      const started = Date.now();
      expect((await slow.api('web')).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await slow.close();
    }
  });

  it('throttles the next N requests with Retry-After, which PnPjs waits out', async () => {
    const sp = await site.sp(COORDINATOR);
    await fetch(`${site.server.origin}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttleNext: 2, retryAfterSeconds: 1 }),
    });
    const started = Date.now();
    expect((await sp.web.select('Title')()).Title).toBe('MVOI Actieplan');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    const faults = (await (await fetch(`${site.server.origin}/_local/faults`)).json()) as {
      throttleNext: number;
    };
    expect(faults.throttleNext).toBe(0);
  });

  it('answers 429 in SharePoint’s shape and resets on DELETE', async () => {
    await fetch(`${site.server.origin}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttleNext: 1, retryAfterSeconds: 7 }),
    });
    const throttled = await site.api('web');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(await throttled.json()).toHaveProperty(['odata.error', 'code']);
    await fetch(`${site.server.origin}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttleRate: 1 }),
    });
    expect((await site.api('web')).status).toBe(429);
    await fetch(`${site.server.origin}/_local/faults`, { method: 'DELETE' });
    expect((await site.api('web')).status).toBe(200);
    const invalid = await fetch(`${site.server.origin}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttleRate: 3 }),
    });
    expect(invalid.status).toBe(400);
  });
});
