import type { Host, HostSession, HostSettings, HostTheme, HostUser } from './host';
import { createLocalSession, fetchLocalUsers, localTokenSource } from './local-identity';

/** The app in a plain browser tab: the person signs in inside the app. */
export async function createStandaloneHost(settings: HostSettings, win: Window): Promise<Host> {
  const origin = win.location.origin;
  const { session, user, getToken } =
    settings.mode === 'local'
      ? localSignIn(origin, storageOf(win))
      : await microsoftSignIn(settings);
  const theme = preferredTheme(win);
  return {
    kind: 'standalone',
    locale: win.navigator.language.toLowerCase(),
    get theme() {
      return theme.current();
    },
    onThemeChange: theme.subscribe,
    get user() {
      return user();
    },
    siteUrl: settings.siteUrl,
    getToken,
    page: { id: undefined, subPageId: undefined, frame: 'content' },
    team: undefined,
    channel: undefined,
    tabConfigurator: undefined,
    session,
    // Outside a Microsoft 365 host nobody waits for these.
    notifyLoaded() {},
    notifyLoadFailure() {},
  };
}

interface SignIn {
  session: HostSession;
  user(): HostUser | undefined;
  getToken(): Promise<string>;
}

function localSignIn(origin: string, storage: Storage | undefined): SignIn {
  const session = createLocalSession(() => fetchLocalUsers(origin), storage);
  const tokens = localTokenSource(origin);
  return {
    session,
    user() {
      const chosen = session.current;
      return chosen ? { displayName: chosen.title, login: chosen.login } : undefined;
    },
    async getToken() {
      const chosen = session.current;
      if (!chosen) throw new Error('No local identity has been chosen');
      return tokens(chosen.login);
    },
  };
}

async function microsoftSignIn(settings: HostSettings & { mode: 'sharepoint' }): Promise<SignIn> {
  const { createMicrosoftAuth } = await import('./microsoft-auth');
  const auth = await createMicrosoftAuth({ ...settings, nested: false });
  const listeners = new Set<() => void>();
  return {
    session: {
      method: 'microsoft',
      get signedIn() {
        return auth.user !== undefined;
      },
      async signIn() {
        await auth.signIn();
        listeners.forEach((listener) => listener());
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    user: () => auth.user,
    getToken: () => auth.getToken(),
  };
}

/** Follows the browser's colour preferences the way Teams follows its theme setting. */
function preferredTheme(win: Window) {
  const contrast = win.matchMedia('(forced-colors: active)');
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  const current = (): HostTheme =>
    contrast.matches ? 'contrast' : dark.matches ? 'dark' : 'light';
  return {
    current,
    subscribe(listener: (theme: HostTheme) => void) {
      const onChange = () => listener(current());
      contrast.addEventListener('change', onChange);
      dark.addEventListener('change', onChange);
      return () => {
        contrast.removeEventListener('change', onChange);
        dark.removeEventListener('change', onChange);
      };
    },
  };
}

function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    // Storage is blocked (privacy settings, sandboxed frame): the choice lasts for this visit.
    return undefined;
  }
}
