import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { HostUser } from './host';

/** The SharePoint resource of a site: one token for all of the tenant's SharePoint REST. */
export function sharePointScope(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/.default`;
}

export interface MicrosoftAuthOptions {
  clientId: string;
  tenantId: string;
  siteUrl: string;
  /** Nested app auth through the Microsoft 365 host (Teams says whether to use it). */
  nested: boolean;
  /** The host's hint at who is signed in. */
  loginHint?: string;
}

export interface MicrosoftAuth {
  readonly user: HostUser | undefined;
  getToken(): Promise<string>;
  signIn(): Promise<void>;
}

export async function createMicrosoftAuth(options: MicrosoftAuthOptions): Promise<MicrosoftAuth> {
  const auth = {
    clientId: options.clientId,
    authority: `https://login.microsoftonline.com/${options.tenantId}`,
  };
  const pca: IPublicClientApplication = options.nested
    ? await createNestablePublicClientApplication({ auth })
    : await createStandardPublicClientApplication({
        // msal-browser 5 delivers popup responses through a redirect bridge page; polling a
        // passive same-origin page instead avoids bundling a second entry point.
        auth: { ...auth, redirectUri: new URL('/auth-redirect.html', location.origin).href },
        system: { enableLegacyPolling: true },
      });
  const scopes = [sharePointScope(options.siteUrl)];
  const loginHint = options.loginHint;

  const existing: AccountInfo | null =
    pca.getActiveAccount() ??
    (loginHint ? pca.getAccount({ loginHint }) : null) ??
    pca.getAllAccounts()[0] ??
    null;
  if (existing) pca.setActiveAccount(existing);

  async function interactive(): Promise<string> {
    const result = await pca.acquireTokenPopup({ scopes, loginHint });
    pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  return {
    get user() {
      const account = pca.getActiveAccount();
      return account
        ? { displayName: account.name ?? account.username, login: account.username }
        : undefined;
    },
    async getToken() {
      const account = pca.getActiveAccount() ?? undefined;
      // Nested app auth finds the host's account itself; the standard client needs one.
      if (!account && !options.nested) return interactive();
      try {
        return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) return interactive();
        throw error;
      }
    },
    async signIn() {
      await interactive();
    },
  };
}
