import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST_DIR, buildPackage } from './build-package';
import { drawColorIcon, drawOutlineIcon } from './draw-icons';
import { PackageError } from './package-error';

const validEnv = {
  appId: '3f6b2c1d-8e4a-4b7c-9d2e-1a0b9c8d7e6f',
  hostUrl: 'https://mvoi.example.org',
  clientId: '0b6a3f52-9c1e-4a7d-8e2f-5d4c3b2a1f0e',
  tenant: 'contoso.onmicrosoft.com',
  sharePointSiteUrl: 'https://contoso.sharepoint.com/sites/mvoi',
  version: '1.2.3',
};

let work: string;
let manifestDir: string;
let outDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'mvoi-package-'));
  manifestDir = join(work, 'manifest');
  outDir = join(work, 'build');
  cpSync(DEFAULT_MANIFEST_DIR, manifestDir, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function withEnv(env: Record<string, unknown>, name = 'test') {
  writeFileSync(join(manifestDir, 'env', `${name}.env.json`), JSON.stringify(env));
  return name;
}

function issuesOf(envName: string): string[] {
  try {
    buildPackage({ envName, manifestDir, outDir });
  } catch (error) {
    if (error instanceof PackageError) return error.issues;
    throw error;
  }
  throw new Error('the package was built');
}

function editTemplate(edit: (manifest: Record<string, unknown>) => void) {
  const path = join(manifestDir, 'manifest.template.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
}

describe('buildPackage', () => {
  it('zips a valid manifest, both icons and the English strings at the root', () => {
    const built = buildPackage({ envName: withEnv(validEnv), manifestDir, outDir });

    expect(built.zipPath).toBe(join(outDir, 'test.zip'));
    const entries = unzipSync(readFileSync(built.zipPath));
    expect(Object.keys(entries).sort()).toEqual([
      'color.png',
      'en-us.json',
      'manifest.json',
      'outline.png',
    ]);
    const manifest = JSON.parse(Buffer.from(entries['manifest.json'] ?? []).toString('utf8'));
    expect(manifest).toMatchObject({
      manifestVersion: '1.27',
      id: validEnv.appId,
      version: '1.2.3',
      localizationInfo: { defaultLanguageTag: 'nl-nl' },
      validDomains: ['mvoi.example.org'],
      configurableTabs: [{ configurationUrl: 'https://mvoi.example.org/channel/config' }],
      webApplicationInfo: {
        id: validEnv.clientId,
        nestedAppAuthInfo: [
          {
            redirectUri: 'brk-multihub://mvoi.example.org',
            scopes: ['https://contoso.sharepoint.com/.default'],
          },
        ],
      },
    });
    expect(manifest.activities.activityTypes.map((a: { type: string }) => a.type)).toEqual([
      'deadlineApproaching',
      'deadlineOverdue',
    ]);
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('builds the shipped example environment', () => {
    expect(buildPackage({ envName: 'example', manifestDir, outDir }).files).toHaveLength(4);
  });

  it.each([
    [{ appId: 'not-a-guid' }, 'appId: must be a GUID'],
    [{ clientId: '1234' }, 'clientId: must be a GUID'],
    [{ hostUrl: 'http://mvoi.example.org' }, 'hostUrl: must be an https URL'],
    [
      { hostUrl: 'https://mvoi.example.org/app' },
      'hostUrl: must be an https origin without a path',
    ],
    [{ version: '1.0' }, 'version: must be a semantic version (MAJOR.MINOR.PATCH)'],
    [{ version: '01.0.0' }, 'version: must be a semantic version (MAJOR.MINOR.PATCH)'],
    [{ sharePointSiteUrl: 'contoso' }, 'sharePointSiteUrl: must be an https URL'],
    [{ tenant: 'not a tenant' }, 'tenant: must be a tenant id (GUID) or domain'],
    [{ extra: true }, 'extra: unknown field'],
  ])('stops on %o without writing a zip', (change, message) => {
    const issues = issuesOf(withEnv({ ...validEnv, ...change }));
    expect(issues.some((issue) => issue.startsWith(message))).toBe(true);
    expect(existsSync(join(outDir, 'test.zip'))).toBe(false);
  });

  it('names a missing field and a missing environment file', () => {
    const withoutVersion: Partial<typeof validEnv> = { ...validEnv };
    delete withoutVersion.version;
    expect(issuesOf(withEnv(withoutVersion))).toEqual([
      'version: must be a semantic version (MAJOR.MINOR.PATCH)',
    ]);
    expect(issuesOf('nowhere')[0]).toMatch(/^env: .*nowhere\.env\.json does not exist$/);
  });

  it('stops when the host is not in validDomains', () => {
    editTemplate((manifest) => (manifest.validDomains = ['elsewhere.example.org']));
    expect(issuesOf(withEnv(validEnv))).toContain(
      'validDomains: must include mvoi.example.org, the host of /staticTabs/0/contentUrl',
    );
    expect(existsSync(join(outDir, 'test.zip'))).toBe(false);
  });

  it('accepts a wildcard domain that covers the host', () => {
    editTemplate((manifest) => (manifest.validDomains = ['*.example.org']));
    expect(() => buildPackage({ envName: withEnv(validEnv), manifestDir, outDir })).not.toThrow();
  });

  it('stops on a tab URL that is not https, which the schema lets through', () => {
    editTemplate((manifest) => {
      const [tab] = manifest.staticTabs as { contentUrl: string }[];
      if (tab) tab.contentUrl = 'http://mvoi.example.org/';
    });
    expect(issuesOf(withEnv(validEnv))).toContain(
      'manifest /staticTabs/0/contentUrl: must be an https URL',
    );
  });

  it('reports schema violations with their place in the manifest', () => {
    editTemplate((manifest) => {
      manifest.accentColor = 'green';
      manifest.colour = 'typo';
    });
    const issues = issuesOf(withEnv(validEnv));
    expect(issues).toContain('manifest /accentColor: must match pattern "^#[0-9a-fA-F]{6}$"');
    expect(issues).toContain('manifest /: must NOT have additional properties ("colour")');
  });

  it('stops on icons of the wrong size or an outline that is not white on transparent', () => {
    writeFileSync(join(manifestDir, 'color.png'), drawOutlineIcon());
    const opaque = PNG.sync.read(drawOutlineIcon());
    opaque.data.fill(255);
    for (let i = 0; i < 16; i += 4) opaque.data[i] = 0;
    writeFileSync(join(manifestDir, 'outline.png'), PNG.sync.write(opaque));

    const issues = issuesOf(withEnv(validEnv));
    expect(issues).toContain('icons.color (color.png): must be 192×192 pixels, not 32×32');
    expect(issues).toContain('icons.outline (outline.png): must have a transparent background');
    expect(issues).toContain(
      'icons.outline (outline.png): must be white only (4 pixels are not white)',
    );
  });

  it('validates the English strings against the localization schema', () => {
    const path = join(manifestDir, 'en-us.json');
    const strings = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...strings, 'name.short': 'x'.repeat(31) }));
    expect(issuesOf(withEnv(validEnv))).toContain(
      'en-us.json /name.short: must NOT have more than 30 characters',
    );
  });
});

describe('the committed icons', () => {
  it('are the ones draw-icons.ts draws', () => {
    expect(readFileSync(join(DEFAULT_MANIFEST_DIR, 'color.png')).equals(drawColorIcon())).toBe(
      true,
    );
    expect(readFileSync(join(DEFAULT_MANIFEST_DIR, 'outline.png')).equals(drawOutlineIcon())).toBe(
      true,
    );
  });
});
