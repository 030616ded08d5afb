import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { checkIcon } from './icon-checks';
import { checkManifestRules, checkSchema } from './manifest-checks';
import { readPackageEnv, type PackageEnv } from './package-env';
import { PackageError } from './package-error';

export const DEFAULT_MANIFEST_DIR = fileURLToPath(new URL('../../manifest', import.meta.url));
export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../../appPackage/build', import.meta.url));

export interface BuildOptions {
  /** `manifest/env/<envName>.env.json` holds the deployment's values. */
  envName: string;
  manifestDir?: string;
  outDir?: string;
}

export interface BuiltPackage {
  zipPath: string;
  /** The files at the zip's root. */
  files: string[];
  manifest: Record<string, unknown>;
  env: PackageEnv;
}

/**
 * Renders the manifest for one environment, validates it (official schema plus what Teams
 * requires beyond it) and writes `<outDir>/<envName>.zip`. Nothing is written when anything is
 * invalid: a PackageError lists every problem.
 */
export function buildPackage({
  envName,
  manifestDir = DEFAULT_MANIFEST_DIR,
  outDir = DEFAULT_OUT_DIR,
}: BuildOptions): BuiltPackage {
  const env = readPackageEnv(manifestDir, envName);
  const manifest = renderManifest(
    readFileSync(join(manifestDir, 'manifest.template.json'), 'utf8'),
    env,
  );
  const version = String(manifest.manifestVersion);
  const issues = [
    ...checkSchema('manifest', manifest, version, 'MicrosoftTeams.schema.json'),
    ...checkManifestRules(manifest),
  ];

  const files: Record<string, Uint8Array> = {};
  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  for (const [field, expected] of [
    ['color', { size: 192, outline: false }],
    ['outline', { size: 32, outline: true }],
  ] as const) {
    const file = icons[field];
    const bytes =
      file === undefined ? undefined : readPackageFile(manifestDir, file, `icons.${field}`, issues);
    if (file === undefined || bytes === undefined) continue;
    issues.push(...checkIcon(`icons.${field} (${file})`, bytes, expected));
    files[file] = bytes;
  }

  const localization = (manifest.localizationInfo ?? {}) as {
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  for (const [index, language] of (localization.additionalLanguages ?? []).entries()) {
    const field = `localizationInfo.additionalLanguages[${index}].file`;
    const bytes = readPackageFile(manifestDir, language.file, field, issues);
    if (!bytes) continue;
    let strings: unknown;
    try {
      strings = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      issues.push(`${field}: ${language.file} is not valid JSON`);
      continue;
    }
    issues.push(
      ...checkSchema(language.file, strings, version, 'MicrosoftTeams.Localization.schema.json'),
    );
    files[language.file] = bytes;
  }

  if (issues.length > 0) throw new PackageError(issues);

  const zip = zipSync({
    'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
    ...files,
  });
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `${envName}.zip`);
  writeFileSync(zipPath, zip);
  return { zipPath, files: ['manifest.json', ...Object.keys(files)], manifest, env };
}

/** Fills the template's {{placeholders}}; an unknown one is an error, not an empty string. */
export function renderManifest(template: string, env: PackageEnv): Record<string, unknown> {
  const host = new URL(env.hostUrl);
  const values: Record<string, string> = {
    appId: env.appId,
    version: env.version,
    hostUrl: host.origin,
    hostDomain: host.host,
    hostName: host.hostname,
    clientId: env.clientId,
    sharePointOrigin: new URL(env.sharePointSiteUrl).origin,
  };
  const unknown = new Set<string>();
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new PackageError(
      [...unknown].map((name) => `manifest.template.json: unknown placeholder {{${name}}}`),
    );
  }
  return JSON.parse(text) as Record<string, unknown>;
}

/** Package files sit beside the template, at the zip's root; no folders, no paths outside. */
function readPackageFile(
  manifestDir: string,
  file: string,
  field: string,
  issues: string[],
): Buffer | undefined {
  if (basename(file) !== file) {
    issues.push(`${field}: "${file}" must be a file name at the package root`);
    return undefined;
  }
  const path = join(manifestDir, file);
  if (!existsSync(path)) {
    issues.push(`${field}: ${file} does not exist in ${manifestDir}`);
    return undefined;
  }
  return readFileSync(path);
}
