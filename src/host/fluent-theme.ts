import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Host, HostTheme } from './host';

/** Teams sends "default", "dark" or "contrast"; newer hosts also send values such as "glass". */
export function hostThemeOf(teamsTheme: string | undefined): HostTheme {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}

export function fluentThemeOf(theme: HostTheme, kind: Host['kind']): Theme {
  switch (theme) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    case 'light':
      return kind === 'teams' ? teamsLightTheme : webLightTheme;
  }
}
