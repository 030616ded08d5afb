import * as z from 'zod/mini';
import type { HostSettings } from '../host/host';

/** The build-time settings (`VITE_*`, from .env.local or the build environment). */
export const CONFIG_VARIABLES = [
  'VITE_APP_MODE',
  'VITE_CLIENT_ID',
  'VITE_TENANT_ID',
  'VITE_SHAREPOINT_SITE_URL',
] as const;
export type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

export type ConfigExpectation = 'mode' | 'guid' | 'tenant' | 'httpsUrl';

export interface ConfigIssue {
  variable: ConfigVariable;
  problem: 'missing' | 'invalid';
  expected: ConfigExpectation;
}

export type ConfigResult =
  { ok: true; settings: HostSettings } | { ok: false; issues: ConfigIssue[] };

const EXPECTED: Record<ConfigVariable, ConfigExpectation> = {
  VITE_APP_MODE: 'mode',
  VITE_CLIENT_ID: 'guid',
  VITE_TENANT_ID: 'tenant',
  VITE_SHAREPOINT_SITE_URL: 'httpsUrl',
};

const guid = z.string().check(z.regex(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i));
const tenantDomain = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i));
const httpsUrl = z.url({ protocol: /^https$/ });

const schema = z.discriminatedUnion('VITE_APP_MODE', [
  z.object({ VITE_APP_MODE: z.literal('local') }),
  z.object({
    VITE_APP_MODE: z.literal('sharepoint'),
    VITE_CLIENT_ID: guid,
    VITE_TENANT_ID: z.union([guid, tenantDomain]),
    VITE_SHAREPOINT_SITE_URL: httpsUrl,
  }),
]);

/**
 * Reads the configuration. Without any SharePoint setting the app runs in local mode against
 * the local SharePoint server behind the dev server, at `<origin>/sites/mvoi`.
 */
export function parseConfig(env: Record<string, unknown>, origin: string): ConfigResult {
  const values: Partial<Record<ConfigVariable, string>> = {};
  for (const name of CONFIG_VARIABLES) {
    const value = env[name];
    if (typeof value === 'string' && value.trim() !== '') values[name] = value.trim();
  }
  values.VITE_APP_MODE ??= values.VITE_SHAREPOINT_SITE_URL ? 'sharepoint' : 'local';

  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const variables = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    const issues = CONFIG_VARIABLES.filter((name) => variables.has(name)).map(
      (variable): ConfigIssue => ({
        variable,
        problem: values[variable] === undefined ? 'missing' : 'invalid',
        expected: EXPECTED[variable],
      }),
    );
    return { ok: false, issues };
  }
  const config = parsed.data;
  if (config.VITE_APP_MODE === 'local') {
    return { ok: true, settings: { mode: 'local', siteUrl: `${origin}/sites/mvoi` } };
  }
  return {
    ok: true,
    settings: {
      mode: 'sharepoint',
      clientId: config.VITE_CLIENT_ID,
      tenantId: config.VITE_TENANT_ID,
      siteUrl: config.VITE_SHAREPOINT_SITE_URL.replace(/\/+$/, ''),
    },
  };
}
