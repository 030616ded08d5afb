import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PackageError } from './package-error';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

const httpsUrl = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: `must be ${what}`,
    });

/** One deployment's values for the manifest template (`manifest/env/<name>.env.json`). */
const packageEnv = z.strictObject({
  /** The Teams app's id; keep it across versions of one deployment. */
  appId: z.string({ error: 'must be a GUID' }).regex(GUID, { error: 'must be a GUID' }),
  /** Where the web app is served, at the root of an https origin. */
  hostUrl: httpsUrl('an https URL').refine(
    (value) => {
      const url = new URL(value);
      return url.pathname === '/' && !url.search && !url.hash;
    },
    { error: 'must be an https origin without a path (the app is served from the root)' },
  ),
  /** The Entra app registration of the web app (nested app authentication). */
  clientId: z.string({ error: 'must be a GUID' }).regex(GUID, { error: 'must be a GUID' }),
  /** The Entra tenant: its id, or a domain such as contoso.onmicrosoft.com. */
  tenant: z
    .string({ error: 'must be a tenant id (GUID) or domain' })
    .regex(/^([0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i, {
      error: 'must be a tenant id (GUID) or domain',
    }),
  /** The SharePoint site with the lists; its origin is the token scope's resource. */
  sharePointSiteUrl: httpsUrl('an https URL'),
  /** The app package's version; Teams wants MAJOR.MINOR.PATCH and a higher one for each update. */
  version: z
    .string({ error: 'must be a semantic version (MAJOR.MINOR.PATCH)' })
    .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, {
      error: 'must be a semantic version (MAJOR.MINOR.PATCH)',
    }),
});
export type PackageEnv = z.infer<typeof packageEnv>;

export function envPath(manifestDir: string, name: string): string {
  return join(manifestDir, 'env', `${name}.env.json`);
}

/** Reads and validates an environment file; every problem names its field. */
export function readPackageEnv(manifestDir: string, name: string): PackageEnv {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) {
    throw new PackageError([`env: "${name}" is not a valid name (letters, digits and dashes)`]);
  }
  const path = envPath(manifestDir, name);
  if (!existsSync(path)) throw new PackageError([`env: ${path} does not exist`]);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PackageError([`env: ${path} is not valid JSON (${String(error)})`]);
  }
  const parsed = packageEnv.safeParse(json);
  if (!parsed.success) {
    throw new PackageError(
      parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')}: unknown field`
          : `${issue.path.join('.')}: ${issue.message}`,
      ),
    );
  }
  return parsed.data;
}
