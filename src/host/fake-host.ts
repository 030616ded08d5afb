import type { Host, HostTheme } from './host';

/** A Host for component tests: standalone, Dutch, light, nothing signed in unless overridden. */
export function createFakeHost(overrides: Partial<Host> = {}): Host {
  const listeners = new Set<(theme: HostTheme) => void>();
  return {
    kind: 'standalone',
    locale: 'nl-nl',
    theme: 'light',
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    user: undefined,
    siteUrl: 'http://localhost/sites/mvoi',
    getToken: () => Promise.resolve('fake-token'),
    page: { id: undefined, subPageId: undefined, frame: 'content' },
    team: undefined,
    channel: undefined,
    tabConfigurator: undefined,
    session: undefined,
    notifyLoaded() {},
    notifyLoadFailure() {},
    ...overrides,
  };
}
