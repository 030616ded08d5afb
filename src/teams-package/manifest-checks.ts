import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/*
 * Validates against the official JSON schemas shipped in @microsoft/app-manifest. Only the JSON
 * files are read: the package's JS entry requires fs-extra, which it does not depend on.
 */

const require = createRequire(import.meta.url);

type SchemaName = 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json';

function schemaPath(manifestVersion: string, name: SchemaName): string | undefined {
  try {
    const path = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/${name}`,
    );
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const validators = new Map<string, ValidateFunction>();

function compiled(path: string): ValidateFunction {
  let validate = validators.get(path);
  if (!validate) {
    // The schemas leave out `type` beside `additionalProperties` (strict mode rejects that), and
    // the localization schema has patterns that are invalid as unicode regular expressions.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv, ['uri']);
    validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
    validators.set(path, validate);
  }
  return validate;
}

/** Checks a document against a schema of the given manifest version; issues start with `label`. */
export function checkSchema(
  label: string,
  document: unknown,
  manifestVersion: string,
  name: SchemaName,
): string[] {
  const path = /^\d+\.\d+$/.test(manifestVersion) ? schemaPath(manifestVersion, name) : undefined;
  if (!path)
    return [`manifestVersion: @microsoft/app-manifest has no schema for "${manifestVersion}"`];
  const validate = compiled(path);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error) => `${label} ${error.instancePath || '/'}: ${describe(error)}`,
  );
}

function describe(error: ErrorObject): string {
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  return extra ? `${error.message ?? 'is invalid'} ("${extra}")` : (error.message ?? 'is invalid');
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** What Teams requires and the schema does not check: https, semver, domains of the tabs. */
export function checkManifestRules(manifest: Record<string, unknown>): string[] {
  const issues: string[] = [];
  const urls = collectUrls(manifest, '');
  for (const { pointer, value } of urls) {
    if (!/^https:\/\//i.test(value)) issues.push(`manifest ${pointer}: must be an https URL`);
  }
  if (typeof manifest.version !== 'string' || !SEMVER.test(manifest.version)) {
    issues.push('manifest /version: must be a semantic version (MAJOR.MINOR.PATCH)');
  }
  const domains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((d): d is string => typeof d === 'string')
    : [];
  for (const { pointer, value, key } of urls) {
    if (key !== 'contentUrl' && key !== 'configurationUrl') continue;
    const host = URL.canParse(value) ? new URL(value).host : undefined;
    if (host && !domains.some((domain) => domainCovers(domain, host))) {
      issues.push(`validDomains: must include ${host}, the host of ${pointer}`);
    }
  }
  return issues;
}

/** `*.example.org` covers any subdomain of example.org; anything else must match exactly. */
export function domainCovers(domain: string, host: string): boolean {
  const pattern = domain.toLowerCase();
  const name = host.toLowerCase();
  return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : pattern === name;
}

interface FoundUrl {
  pointer: string;
  key: string;
  value: string;
}

function collectUrls(node: unknown, pointer: string): FoundUrl[] {
  if (Array.isArray(node))
    return node.flatMap((item, index) => collectUrls(item, `${pointer}/${index}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' && key.endsWith('Url') && key !== '$schema'
      ? [{ pointer: `${pointer}/${key}`, key, value }]
      : collectUrls(value, `${pointer}/${key}`),
  );
}
