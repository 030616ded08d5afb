import type { app } from '@microsoft/teams-js';
import { hostThemeOf } from './fluent-theme';
import type { HostChannel, HostPage, HostTeam, HostTheme, HostUser } from './host';

/** The host-neutral facts the app reads from a teams-js context. */
export interface TeamsFacts {
  locale: string;
  theme: HostTheme;
  user: HostUser | undefined;
  page: HostPage;
  team: HostTeam | undefined;
  channel: HostChannel | undefined;
}

export function factsOf(context: app.Context): TeamsFacts {
  const login = context.user?.userPrincipalName ?? context.user?.loginHint;
  return {
    locale: context.app.locale.toLowerCase(),
    theme: hostThemeOf(context.app.theme),
    user: login ? { displayName: context.user?.displayName ?? login, login } : undefined,
    page: {
      id: context.page.id || undefined,
      subPageId: context.page.subPageId || undefined,
      frame: frameOf(context.page.frameContext),
    },
    team: context.team?.internalId
      ? {
          id: context.team.internalId,
          name: context.team.displayName,
          siteUrl: context.sharePointSite?.teamSiteUrl,
        }
      : undefined,
    channel: context.channel
      ? { id: context.channel.id, name: context.channel.displayName }
      : undefined,
  };
}

function frameOf(frameContext: string | undefined): HostPage['frame'] {
  return frameContext === 'content' || frameContext === 'settings' || frameContext === 'remove'
    ? frameContext
    : 'other';
}
