import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../e2e/support/browser';

const ROOT = resolve(import.meta.dirname, '../..');

export interface AppStartRun {
  /** From `npm start` to the URL printed: the build, the site's seeding, the server. */
  startMs: number;
  /** From the URL printed to the identity picker on screen. */
  pickerMs: number;
  /** From the URL printed to the six themes on screen, the identity picked on the way. */
  themesMs: number;
}

export interface AppStartFigures {
  runs: AppStartRun[];
}

/** The repository as a fresh clone has it: the tracked and new files, no dist/, no .data/. */
function freshClone(): string {
  const copy = mkdtempSync(join(tmpdir(), 'mvoi-clone-'));
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  // What `npm ci` would install; linked, as installing it per run measures npm, not the app.
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** `npm start` (its script, without npm's wrapper) in `cwd`; resolves with the URL when printed. */
function npmStart(cwd: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--port', '0'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolveUrl, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /App:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (found?.[1]) resolveUrl(found[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { child, url };
}

async function measure(): Promise<AppStartRun> {
  const clone = freshClone();
  // A browser with a blank tab, open before the app starts as a person's is; a fresh profile.
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const started = performance.now();
  const { child, url } = npmStart(clone);
  try {
    const appUrl = await url;
    const printed = performance.now();
    await page.goto(`${appUrl}/`);
    const picker = page.getByRole('button', { name: /Lotte Peeters/ });
    await picker.waitFor({ timeout: 60_000 });
    const pickerShown = performance.now();
    await picker.click();
    // Theme cards are articles by role (Fluent's Card): all six. Locators, as the app's
    // content security policy refuses Playwright's string predicates.
    await page.getByRole('article').nth(5).waitFor({ timeout: 60_000 });
    return {
      startMs: printed - started,
      pickerMs: pickerShown - printed,
      themesMs: performance.now() - printed,
    };
  } finally {
    await browser.close();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(clone, { recursive: true, force: true });
  }
}

/**
 * `npm start` on a fresh clone, then Chromium opening the printed URL, as a first-time user
 * would: once per run, each from its own fresh copy (build, seeding and browser profile).
 */
export async function benchAppStart(runs = 3): Promise<AppStartFigures> {
  const results: AppStartRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await measure());
  return { runs: results };
}
