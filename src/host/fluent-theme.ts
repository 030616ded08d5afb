import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { Host, HostTheme } from './host';

/** Teams sends "default", "dark" or "contrast"; newer hosts also send values such as "glass". */
export function hostThemeOf(teamsTheme: string | undefined): HostTheme {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}

export type FluentThemeName = 'web-light' | 'teams-light' | 'teams-dark' | 'teams-contrast';

export function fluentThemeNameOf(theme: HostTheme, kind: Host['kind']): FluentThemeName {
  switch (theme) {
    case 'dark':
      return 'teams-dark';
    case 'contrast':
      return 'teams-contrast';
    case 'light':
      return kind === 'teams' ? 'teams-light' : 'web-light';
  }
}

/** A browser's light theme comes with the first view; the others when a host asks for them. */
const loaders: Record<Exclude<FluentThemeName, 'web-light'>, () => Promise<Theme>> = {
  'teams-light': async () => (await import('./fluent-themes/teams-light')).theme,
  'teams-dark': async () => (await import('./fluent-themes/teams-dark')).theme,
  'teams-contrast': async () => (await import('./fluent-themes/teams-high-contrast')).theme,
};
const loaded = new Map<FluentThemeName, Theme>([['web-light', webLightTheme]]);

/** The theme if it is loaded already, so it can be shown at once. */
export function loadedFluentTheme(name: FluentThemeName): Theme | undefined {
  return loaded.get(name);
}

export async function loadFluentTheme(name: FluentThemeName): Promise<Theme> {
  const known = loaded.get(name);
  if (known || name === 'web-light') return known ?? webLightTheme;
  const theme = await loaders[name]();
  loaded.set(name, theme);
  return theme;
}
