import { app, nestedAppAuth, pages, sharing } from '@microsoft/teams-js';
import type { Host, HostSettings, HostSharing, HostTheme, TabConfigurator } from './host';
import { fetchLocalUsers, localTokenSource, localUserFor } from './local-identity';
import { hostThemeOf } from './fluent-theme';
import { factsOf, type TeamsFacts } from './teams-context';

/** The only teams-js calls made before the host is known; see detect-host.ts. */
export async function connectTeams(): Promise<app.Context> {
  await app.initialize();
  return app.getContext();
}

/** Tells Teams the app shows its own screen, without a host (invalid configuration). */
export function notifyShown(): void {
  void app.notifySuccess();
}

export async function createTeamsHost(context: app.Context, settings: HostSettings): Promise<Host> {
  const facts = factsOf(context);
  let theme = facts.theme;
  const themeListeners = new Set<(theme: HostTheme) => void>();
  // teams-js keeps a single theme handler, so register once and fan out.
  app.registerOnThemeChangeHandler((value) => {
    theme = hostThemeOf(value);
    themeListeners.forEach((listener) => listener(theme));
  });

  let loaded = false;
  return {
    kind: 'teams',
    locale: facts.locale,
    get theme() {
      return theme;
    },
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    user: facts.user,
    siteUrl: settings.siteUrl,
    getToken: await tokenSource(settings, facts),
    page: facts.page,
    team: facts.team,
    channel: facts.channel,
    tabConfigurator: facts.page.frame === 'settings' ? tabConfigurator() : undefined,
    session: undefined,
    sharing: hostSharing(),
    notifyLoaded() {
      if (loaded) return;
      loaded = true;
      void app.notifySuccess();
    },
    notifyLoadFailure(reason) {
      app.notifyExpectedFailure({ reason: expectedFailureReasons[reason] });
    },
  };
}

const expectedFailureReasons = {
  forbidden: app.ExpectedFailureReason.PermissionError,
  throttled: app.ExpectedFailureReason.Throttling,
  'not-found': app.ExpectedFailureReason.NotFound,
  offline: app.ExpectedFailureReason.Offline,
  other: app.ExpectedFailureReason.Other,
} as const;

async function tokenSource(
  settings: HostSettings,
  facts: TeamsFacts,
): Promise<() => Promise<string>> {
  if (settings.mode === 'local') {
    // The local Teams host presents a local user; the data path stays that of local mode.
    const origin = location.origin;
    const tokens = localTokenSource(origin);
    const upn = facts.user?.login ?? '';
    let login: Promise<string> | undefined;
    return async () => {
      if (!login) {
        login = fetchLocalUsers(origin).then((users) => {
          const user = localUserFor(upn, users);
          if (!user) throw new Error(`No local user matches the Teams user "${upn}"`);
          return user.login;
        });
        login.catch(() => (login = undefined));
      }
      return tokens(await login);
    };
  }
  const { createMicrosoftAuth } = await import('./microsoft-auth');
  const auth = await createMicrosoftAuth({
    ...settings,
    nested: nestedAppAuth.isNAAChannelRecommended(),
    loginHint: facts.user?.login,
  });
  return () => auth.getToken();
}

function hostSharing(): HostSharing | undefined {
  if (!pages.isSupported()) return undefined;
  return {
    shareDeepLink: async (subPageId, label, webUrl) => {
      await pages.shareDeepLink({ subPageId, subPageLabel: label, subPageWebUrl: webUrl });
    },
    shareToTeams: sharing.isSupported()
      ? (url, message) =>
          sharing.shareWebContent({ content: [{ type: 'URL', url, message, preview: true }] })
      : undefined,
  };
}

function tabConfigurator(): TabConfigurator {
  return {
    setValid(valid) {
      pages.config.setValidityState(valid);
    },
    onSave(handler) {
      pages.config.registerOnSaveHandler(async (event) => {
        try {
          const tab = handler();
          const url = new URL(tab.contentPath, location.origin).href;
          await pages.config.setConfig({
            entityId: tab.entityId,
            contentUrl: url,
            websiteUrl: url,
            suggestedDisplayName: tab.displayName,
          });
          event.notifySuccess();
        } catch (error) {
          event.notifyFailure(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
