import type { ThemeKey } from '../domain/theme';

/** What the app needs from wherever it runs: Teams (or another Microsoft 365 host) or a plain browser. */
export interface Host {
  kind: 'teams' | 'standalone';
  /** A BCP 47 locale such as "nl-nl" or "en-us". */
  locale: string;
  theme: HostTheme;
  /** Subscribes to live theme changes; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** Who uses the app; undefined outside Teams until the person has signed in (see `session`). */
  readonly user: HostUser | undefined;
  /** Absolute URL of the SharePoint site that holds the lists. */
  siteUrl: string;
  /** A bearer token for the SharePoint resource of `siteUrl`. */
  getToken(): Promise<string>;
  page: HostPage;
  /** The team the tab sits in (channel tabs in Teams only). */
  team: HostTeam | undefined;
  /** The channel the tab sits in (channel tabs in Teams only). */
  channel: HostChannel | undefined;
  /** Stores the channel tab's configuration; present only in the settings frame. */
  tabConfigurator: TabConfigurator | undefined;
  /** Signing in inside the app; absent where the host has already signed the person in (Teams). */
  session: HostSession | undefined;
  /** Sharing a page of the app through the host; absent outside Teams (copy the web link there). */
  sharing?: HostSharing | undefined;
  /** Tells the host the first view has data (Teams hides its loading indicator). Call it once. */
  notifyLoaded(): void;
  /** Tells the host the app could not load for an expected reason. */
  notifyLoadFailure(reason: 'forbidden' | 'throttled' | 'not-found' | 'offline' | 'other'): void;
}

export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostSharing {
  /** The host shows the sub-page's deep link to copy (Teams builds it: it knows the app's id). */
  shareDeepLink(subPageId: string, label: string, webUrl: string): Promise<void>;
  /** Shares a URL into a chat or channel; undefined where the host cannot. */
  shareToTeams: ((url: string, message: string) => Promise<void>) | undefined;
}

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

export interface HostTeam {
  id: string;
  name: string | undefined;
  /** The team's own SharePoint site (not necessarily the site with the lists). */
  siteUrl: string | undefined;
}

export interface HostChannel {
  id: string;
  name: string | undefined;
}

/** The configuration of a channel tab, in app terms. */
export interface TabSettings {
  /** Stable id of what the tab shows; the host gives it back as `page.id`. */
  entityId: string;
  /** The app path the tab opens, e.g. "/channel?view=deadlines". */
  contentPath: string;
  /** The tab's suggested name. */
  displayName: string;
}

export interface TabConfigurator {
  /** Enables or disables the host's Save button (disabled until the first `true`). */
  setValid(valid: boolean): void;
  /** Registers what Save stores; the latest registration wins. A throw cancels the save. */
  onSave(handler: () => TabSettings): void;
}

/** A user of the local SharePoint server (local mode), as its `/_local/users` lists them. */
export interface LocalUser {
  login: string;
  title: string;
  email: string;
  role: LocalRole;
  themeKey: ThemeKey | undefined;
}

export type LocalRole = 'coordinator' | 'theme-owner' | 'colleague';

export type HostSession = LocalSession | MicrosoftSession;

/** Local mode outside Teams: the person picks which local user they are; nothing is verified. */
export interface LocalSession {
  method: 'local';
  readonly current: LocalUser | undefined;
  listUsers(): Promise<LocalUser[]>;
  choose(user: LocalUser): void;
  /** Forgets the choice, so the person can pick another identity. */
  clear(): void;
  /** Listens for a change of identity; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** SharePoint mode outside Teams: sign in with a Microsoft work account in a popup. */
export interface MicrosoftSession {
  method: 'microsoft';
  readonly signedIn: boolean;
  /** Opens the sign-in popup; call it from a click so the browser allows the popup. */
  signIn(): Promise<void>;
  subscribe(listener: () => void): () => void;
}

/** Where the app's data lives and how it signs in; validated configuration (see src/app/config.ts). */
export type HostSettings =
  | { mode: 'local'; siteUrl: string }
  | { mode: 'sharepoint'; siteUrl: string; clientId: string; tenantId: string };
