import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUILD_STAMP,
  buildFingerprint,
  buildIfChanged,
  type AppBuildOptions,
} from './build-if-changed';

let root: string;
let options: AppBuildOptions;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mvoi-fingerprint-'));
  mkdirSync(join(root, 'src/app'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
  writeFileSync(join(root, 'src/app/main.tsx'), 'render()');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  options = { root, outDir: join(root, 'dist'), envDir: root, withLocalTeamsHost: true };
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build fingerprint', () => {
  it('changes with a source, the lock file, an env file or the build’s pages', () => {
    const before = buildFingerprint(options);
    expect(buildFingerprint(options)).toBe(before);
    writeFileSync(join(root, 'src/app/main.tsx'), 'render(<App />)');
    const edited = buildFingerprint(options);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    const locked = buildFingerprint(options);
    expect(locked).not.toBe(edited);
    writeFileSync(join(root, '.env.local'), 'VITE_APP_MODE=sharepoint');
    const configured = buildFingerprint(options);
    expect(configured).not.toBe(locked);
    expect(buildFingerprint({ ...options, withLocalTeamsHost: false })).not.toBe(configured);
  });

  it('ignores tests and what the build writes', () => {
    const before = buildFingerprint(options);
    writeFileSync(join(root, 'src/app/main.test.tsx'), 'it()');
    writeFileSync(join(root, 'dist/index.html'), 'built');
    expect(buildFingerprint(options)).toBe(before);
  });

  it('skips the build when the stamp in the output matches', async () => {
    writeFileSync(join(root, 'dist', BUILD_STAMP), `${buildFingerprint(options)}\n`);
    let asked = false;
    const result = await buildIfChanged({ ...options, onBuild: () => (asked = true) });
    expect(result.built).toBe(false);
    expect(asked).toBe(false);
  });
});
