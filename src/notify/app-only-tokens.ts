import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/**
 * The job's production configuration, from the environment. SharePoint Online refuses app-only
 * tokens from a client secret for REST, so it signs in with a certificate.
 */
const productionSchema = z.object({
  NOTIFY_TENANT_ID: z
    .string({ error: 'NOTIFY_TENANT_ID is missing: the Entra tenant id' })
    .regex(GUID, {
      error: 'NOTIFY_TENANT_ID must be the tenant id (a GUID)',
    }),
  NOTIFY_CLIENT_ID: z
    .string({ error: 'NOTIFY_CLIENT_ID is missing: the app registration’s client id' })
    .regex(GUID, {
      error: 'NOTIFY_CLIENT_ID must be the app registration’s client id (a GUID)',
    }),
  NOTIFY_CERTIFICATE_THUMBPRINT_SHA256: z
    .string({ error: 'NOTIFY_CERTIFICATE_THUMBPRINT_SHA256 is missing' })
    .regex(/^[0-9a-f]{64}$/i, {
      error: 'NOTIFY_CERTIFICATE_THUMBPRINT_SHA256 must be 64 hexadecimal characters (SHA-256)',
    }),
  /** The private key as PEM, or the path of a PEM file (NOTIFY_PRIVATE_KEY_PATH). */
  NOTIFY_PRIVATE_KEY: z.string().optional(),
  NOTIFY_PRIVATE_KEY_PATH: z.string().optional(),
  NOTIFY_SITE_URL: z.url({
    protocol: /^https$/,
    error: 'NOTIFY_SITE_URL must be the https URL of the SharePoint site',
  }),
  NOTIFY_TEAMS_APP_ID: z
    .string({ error: 'NOTIFY_TEAMS_APP_ID is missing: the Teams app’s id, for deep links' })
    .regex(GUID, {
      error: 'NOTIFY_TEAMS_APP_ID must be the Teams app’s id (a GUID)',
    }),
  NOTIFY_APP_URL: z.url({
    protocol: /^https$/,
    error: 'NOTIFY_APP_URL must be the https origin of the web app',
  }),
});

export interface ProductionConfig {
  tenantId: string;
  clientId: string;
  thumbprintSha256: string;
  privateKey: string;
  siteUrl: string;
  teamsAppId: string;
  appUrl: string;
}

/** Whether the environment asks for production sign-in (any NOTIFY_ variable set). */
export function wantsProduction(env: NodeJS.ProcessEnv): boolean {
  return Object.keys(env).some((name) => name.startsWith('NOTIFY_') && env[name]);
}

/** Reads and checks the configuration; the error names each variable that is wrong. */
export function productionConfig(env: NodeJS.ProcessEnv): ProductionConfig {
  const parsed = productionSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `The deadline job is not configured: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  }
  const values = parsed.data;
  let privateKey = values.NOTIFY_PRIVATE_KEY;
  if (!privateKey && values.NOTIFY_PRIVATE_KEY_PATH) {
    try {
      privateKey = readFileSync(values.NOTIFY_PRIVATE_KEY_PATH, 'utf8');
    } catch (error) {
      throw new Error(`NOTIFY_PRIVATE_KEY_PATH cannot be read: ${String(error)}`, { cause: error });
    }
  }
  if (!privateKey?.includes('PRIVATE KEY')) {
    throw new Error(
      'NOTIFY_PRIVATE_KEY (PEM) or NOTIFY_PRIVATE_KEY_PATH must give the certificate’s private key',
    );
  }
  return {
    tenantId: values.NOTIFY_TENANT_ID,
    clientId: values.NOTIFY_CLIENT_ID,
    thumbprintSha256: values.NOTIFY_CERTIFICATE_THUMBPRINT_SHA256,
    privateKey,
    siteUrl: values.NOTIFY_SITE_URL.replace(/\/$/, ''),
    teamsAppId: values.NOTIFY_TEAMS_APP_ID,
    appUrl: values.NOTIFY_APP_URL.replace(/\/$/, ''),
  };
}

export interface AppOnlyTokens {
  sharePoint: () => Promise<string>;
  graph: () => Promise<string>;
}

/**
 * App-only tokens with the certificate: SharePoint's `.default` scope (Sites.Selected, granted on
 * the one site) and Graph's (TeamsActivity.Send). MSAL caches them until shortly before expiry.
 */
export function appOnlyTokens(config: ProductionConfig): AppOnlyTokens {
  const client = new ConfidentialClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      clientCertificate: {
        thumbprintSha256: config.thumbprintSha256,
        privateKey: config.privateKey,
      },
    },
  });
  const token = (scope: string) => async () => {
    const result = await client.acquireTokenByClientCredential({ scopes: [scope] });
    if (!result?.accessToken) throw new Error(`No token for ${scope}`);
    return result.accessToken;
  };
  return {
    sharePoint: token(`${new URL(config.siteUrl).origin}/.default`),
    graph: token('https://graph.microsoft.com/.default'),
  };
}
