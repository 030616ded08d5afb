import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { BrowserFetchWithRetry } from '@pnp/queryable';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
// What the app reads and writes; provisioning and permission changes load the rest themselves.
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';

export interface SiteConnection {
  /** Absolute URL of the site, e.g. `https://contoso.sharepoint.com/sites/mvoi`. */
  siteUrl: string;
  /** A bearer token for the site's SharePoint resource. */
  getToken: () => Promise<string>;
  /** Attempts in total for a throttled (429/503/504) or failed request; SharePoint asks clients to back off. */
  attempts?: number;
}

/** Puts the host's token on every request; PnPjs then needs no request digest. */
function BearerToken(getToken: () => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url, init) => {
      init.headers = { ...init.headers, Authorization: `Bearer ${await getToken()}` };
      return [url, init];
    });
    return instance;
  };
}

/** The one PnPjs instance for a site, with its behaviors: base URL, bearer token, retry with back-off. */
export function connectSite({ siteUrl, getToken, attempts = 5 }: SiteConnection): SPFI {
  return spfi(siteUrl).using(
    SPBrowser({ baseUrl: siteUrl }),
    BrowserFetchWithRetry({ retries: attempts }),
    BearerToken(getToken),
  );
}
