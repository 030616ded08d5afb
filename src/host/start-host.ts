import { detectHost } from './detect-host';
import type { Host, HostSettings } from './host';
import { createStandaloneHost } from './standalone-host';

/** Where the app runs, known before configuration is read so errors speak the host's language. */
export interface HostConnection {
  kind: Host['kind'];
  /** A BCP 47 locale such as "nl-nl" or "en-us". */
  locale: string;
  /** Lets Teams show the app's own screen (a configuration error) instead of its loading indicator. */
  notifyShown(): void;
  createHost(settings: HostSettings): Promise<Host>;
}

export async function connectHost(win: Window = window): Promise<HostConnection> {
  // teams-js is loaded only where a host may answer: it fetches a list of origins when imported.
  const detected = await detectHost(win, async () => {
    const teams = await import('./teams-host');
    return { teams, context: await teams.connectTeams() };
  });
  if (detected.kind === 'teams') {
    const { teams, context } = detected.connection;
    return {
      kind: 'teams',
      locale: context.app.locale.toLowerCase(),
      notifyShown: teams.notifyShown,
      createHost: (settings) => teams.createTeamsHost(context, settings),
    };
  }
  return {
    kind: 'standalone',
    locale: win.navigator.language.toLowerCase(),
    notifyShown() {},
    createHost: (settings) => createStandaloneHost(settings, win),
  };
}
