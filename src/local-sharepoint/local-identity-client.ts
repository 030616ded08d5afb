import { z } from 'zod';

const localUserSchema = z.object({
  login: z.string(),
  title: z.string(),
  email: z.string(),
  role: z.enum(['coordinator', 'theme-owner', 'colleague']),
  themeKey: z.string().optional(),
});
export type LocalUserInfo = z.infer<typeof localUserSchema>;

async function localJson(url: URL, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init).catch((error: unknown) => {
    throw new Error(
      `Cannot reach ${url.origin}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  if (!response.ok) throw new Error(`${url.origin} answered ${response.status} on ${url.pathname}`);
  return response.json();
}

/** The local SharePoint's users, from its local-only sign-in endpoint. */
export async function localUsers(siteUrl: string): Promise<LocalUserInfo[]> {
  return z.array(localUserSchema).parse(await localJson(new URL('/_local/users', siteUrl)));
}

/** A bearer token the local SharePoint issues for one of its users. */
export async function localToken(siteUrl: string, login: string): Promise<string> {
  const body = await localJson(new URL('/_local/token', siteUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login }),
  });
  return z.object({ access_token: z.string() }).parse(body).access_token;
}
