/** What the app needs from wherever it runs: Teams (or another Microsoft 365 host) or a plain browser. */
export interface Host {
  kind: 'teams' | 'standalone';
  /** A BCP 47 locale such as "nl-nl" or "en-us". */
  locale: string;
  theme: HostTheme;
  /** Subscribes to live theme changes; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  user: HostUser | undefined;
  /** Absolute URL of the SharePoint site that holds the lists. */
  siteUrl: string;
  /** A bearer token for the SharePoint resource of `siteUrl`. */
  getToken(): Promise<string>;
  page: HostPage;
  /** Tells the host the first view has data (Teams hides its loading indicator). */
  notifyLoaded(): void;
  /** Tells the host the app could not load for an expected reason. */
  notifyLoadFailure(reason: 'forbidden' | 'throttled' | 'not-found' | 'offline' | 'other'): void;
}

export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostUser {
  displayName: string;
  /** The sign-in name (UPN or e-mail). */
  login: string;
}

export interface HostPage {
  /** The tab's entity id (a static tab, or the configured channel tab). */
  id: string | undefined;
  /** The deep link's sub-page id, e.g. "theme-klimaat". */
  subPageId: string | undefined;
  frame: 'content' | 'settings' | 'remove' | 'other';
}
