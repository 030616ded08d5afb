import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SPBrowser, spfi } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { afterAll, describe, expect, it } from 'vitest';
import { COORDINATOR, bearer } from '../../src/local-sharepoint/testing/test-site';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/cli/local-sharepoint.ts');

const directory = mkdtempSync(join(tmpdir(), 'local-sharepoint-'));
const dbPath = join(directory, 'site.sqlite');
const children: ChildProcess[] = [];

/**
 * Starts the CLI as a separate process (node with tsx's loader in-process, so SIGKILL hits the
 * server itself rather than a wrapper) and waits for the site URL it prints.
 */
function startCli(): Promise<{ child: ChildProcess; siteUrl: string }> {
  const args = ['--import', 'tsx', CLI, '--port', '0', '--db', dbPath];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local SharePoint site: (http:\/\/\S+)/.exec(output);
      if (match) resolvePromise({ child, siteUrl: match[1] as string });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`CLI exited (${code}): ${output}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGKILL');
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

describe('durability', () => {
  // Two cold starts of the CLI as child processes: a system test, so it runs with the end-to-end
  // suites rather than within a unit test's budget.
  it('keeps every acknowledged write, and tokens, across kill -9 and a restart', async () => {
    const first = await startCli();
    const origin = new URL(first.siteUrl).origin;
    const tokenResponse = await fetch(`${origin}/_local/token`, {
      method: 'POST',
      body: JSON.stringify({ login: COORDINATOR }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const sp = spfi(first.siteUrl).using(SPBrowser(), bearer(token));
    const { Id } = await sp.web.lists.add('Duurzaam');
    const items = sp.web.lists.getById(Id).items;
    for (let i = 1; i <= 20; i++) await items.add({ Title: `Item ${i}` });
    const { etag } = await items.getById(3).update({ Title: 'Bijgewerkt' });
    await killed(first.child);

    const second = await startCli();
    const again = spfi(second.siteUrl).using(SPBrowser(), bearer(token));
    const rows = await again.web.lists.getById(Id).items.select('Id', 'Title').top(50)();
    expect(rows).toHaveLength(20);
    expect(rows[2]).toMatchObject({ Title: 'Bijgewerkt', 'odata.etag': etag });
    await killed(second.child);
  });
});
