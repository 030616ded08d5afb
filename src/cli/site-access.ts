import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { SiteConnection } from '../data/sharepoint/sp-client';
import { localToken, localUsers } from '../local-sharepoint/local-identity-client';

const argsSchema = z.object({
  site: z.url({
    protocol: /^https?$/,
    error: '--site must be the absolute URL of the SharePoint site',
  }),
  as: z.string().min(1).optional(),
});

export interface SiteAccess extends SiteConnection {
  /** Where the token came from, for the log line. */
  identity: string;
}

/**
 * Reads `--site URL [--as LOGIN]`. SharePoint Online takes the token from SHAREPOINT_ACCESS_TOKEN
 * (an app registration with AllSites.Manage); a local SharePoint issues one for `--as`, by default
 * its coordinator.
 */
export async function siteAccessFromArgs(argv: string[]): Promise<SiteAccess> {
  const { values } = parseArgs({
    args: argv,
    options: { site: { type: 'string' }, as: { type: 'string' } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  const siteUrl = args.site.replace(/\/$/, '');
  const envToken = process.env.SHAREPOINT_ACCESS_TOKEN;
  if (envToken && !args.as) {
    return { siteUrl, getToken: async () => envToken, identity: 'SHAREPOINT_ACCESS_TOKEN' };
  }
  const login =
    args.as ?? (await localUsers(siteUrl)).find((user) => user.role === 'coordinator')?.login;
  if (!login) throw new Error(`${siteUrl} has no local coordinator; pass --as LOGIN`);
  const token = await localToken(siteUrl, login);
  return { siteUrl, getToken: async () => token, identity: login };
}
