/*
 * The Teams client's side of teams-js's postMessage protocol, as far as this app uses it. The
 * shapes follow teams-js 2.58 (internal/communication.ts, appHelpers.ts, pages/config.ts):
 * the app sends `{ id, uuidAsString, func, args }`; the host answers a request with
 * `{ id, uuidAsString, args }` and pushes events as `{ func, args }` (no numeric id, or
 * teams-js would take them for answers).
 */

export type TeamsTheme = 'default' | 'dark' | 'contrast';
export type TeamsFrame = 'content' | 'settings';

/** What the simulated Teams client presents to the app. */
export interface SimulatedTeams {
  theme: TeamsTheme;
  locale: string;
  frame: TeamsFrame;
  user: { upn: string; displayName: string; objectId: string };
  tenantId: string;
  /** Present for a channel tab. */
  team: { id: string; name: string; channelId: string; channelName: string } | undefined;
  entityId: string | undefined;
  subEntityId: string | undefined;
  /** The team's SharePoint site. */
  teamSiteUrl: string;
}

/** What `pages.config.setConfig` stores for a channel tab. */
export interface TabInstance {
  entityId?: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
  removeUrl?: string;
}

export interface AppRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
}

export type HostMessage =
  { id: number; uuidAsString?: string; args: unknown[] } | { func: string; args: unknown[] };

export function isAppRequest(data: unknown): data is AppRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { id, func } = data as Partial<AppRequest>;
  return typeof id === 'number' && typeof func === 'string';
}

/** teams-js checks `apiVersion` 4 and reads `supports` to decide which capabilities exist. */
export function runtimeConfig(): string {
  return JSON.stringify({
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    // Not recommending nested app auth keeps MSAL out: local mode takes the local token path.
    isNAAChannelRecommended: false,
    isLegacyTeams: false,
    supports: {
      appInstallDialog: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
    },
  });
}

/** The context in the legacy shape the Teams client sends; teams-js turns it into `app.Context`. */
export function legacyContext(teams: SimulatedTeams): Record<string, unknown> {
  const site = new URL(teams.teamSiteUrl);
  return {
    locale: teams.locale,
    theme: teams.theme,
    frameContext: teams.frame,
    entityId: teams.entityId,
    subEntityId: teams.subEntityId,
    hostName: 'Teams',
    hostClientType: 'web',
    appSessionId: 'local-app-session',
    sessionId: 'local-teams-session',
    appLaunchId: 'local-launch',
    isFullScreen: false,
    tid: teams.tenantId,
    userObjectId: teams.user.objectId,
    userPrincipalName: teams.user.upn,
    loginHint: teams.user.upn,
    userDisplayName: teams.user.displayName,
    userLicenseType: 'Unknown',
    ...(teams.team && {
      teamId: teams.team.id,
      teamName: teams.team.name,
      teamType: 0,
      userTeamRole: 0,
      channelId: teams.team.channelId,
      channelName: teams.team.channelName,
      channelType: 'Regular',
      teamSiteUrl: teams.teamSiteUrl,
      teamSiteDomain: site.host,
      teamSitePath: site.pathname,
    }),
  };
}

export interface HostEvents {
  /** The app enabled or disabled Save in the settings frame. */
  validityChanged(valid: boolean): void;
  /** A save completed: the app stored its configuration and confirmed. */
  saved(tab: TabInstance): void;
  saveFailed(reason: string): void;
  /** Anything else worth showing: load notifications, handler registrations, unknown calls. */
  log(line: string): void;
}

/**
 * Answers one framed app. `post` delivers a message to the app's window; `teams` is read on
 * every request, so control changes apply to the next question the app asks.
 */
export function createTeamsProtocol(
  teams: () => SimulatedTeams,
  post: (message: HostMessage) => void,
  events: HostEvents,
) {
  let pendingTab: TabInstance | undefined;
  let lastSaved: TabInstance | undefined;

  const reply = (request: AppRequest, args: unknown[]) =>
    post({ id: request.id, uuidAsString: request.uuidAsString, args });

  return {
    handle(request: AppRequest): void {
      const args = request.args ?? [];
      switch (request.func) {
        case 'initialize':
          // [frame context, client type, runtime config, client-supported SDK version]
          reply(request, [teams().frame, 'web', runtimeConfig(), '2.58.0']);
          events.log(`initialize (teams-js ${String(args[0])})`);
          return;
        case 'getContext':
          reply(request, [legacyContext(teams())]);
          return;
        case 'registerHandler':
          events.log(`registerHandler ${String(args[0])}`);
          return;
        case 'appInitialization.appLoaded':
        case 'appInitialization.success':
        case 'appInitialization.failure':
        case 'appInitialization.expectedFailure':
          events.log([request.func, ...args.slice(0, 2).map(String)].join(' '));
          return;
        case 'settings.setValidityState':
          events.validityChanged(args[0] === true);
          return;
        case 'settings.setSettings':
          pendingTab = args[0] as TabInstance;
          reply(request, [true]);
          return;
        case 'settings.getSettings':
          reply(request, [lastSaved ?? {}]);
          return;
        case 'settings.save.success':
          if (pendingTab) {
            lastSaved = pendingTab;
            events.saved(pendingTab);
          } else {
            events.saveFailed('the app confirmed a save without calling setConfig');
          }
          return;
        case 'settings.save.failure':
          events.saveFailed(String(args[0] ?? 'no reason given'));
          return;
        default:
          events.log(`not answered: ${request.func}`);
      }
    },
    /** The Save button of Teams's configuration dialog. */
    save(): void {
      pendingTab = undefined;
      post({ func: 'settings.save', args: [{}] });
    },
    changeTheme(theme: TeamsTheme): void {
      post({ func: 'themeChange', args: [theme] });
    },
    /** Restores what was saved before the host page reloaded. */
    restoreSaved(tab: TabInstance | undefined): void {
      lastSaved = tab;
    },
  };
}
