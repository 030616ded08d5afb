import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { fluentThemeNameOf, hostThemeOf, loadedFluentTheme, loadFluentTheme } from './fluent-theme';

describe('hostThemeOf', () => {
  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
    [undefined, 'light'],
  ] as const)('maps the Teams theme %s to %s', (teams, expected) => {
    expect(hostThemeOf(teams)).toBe(expected);
  });
});

describe('the Fluent theme', () => {
  const themeOf = (...args: Parameters<typeof fluentThemeNameOf>) =>
    loadFluentTheme(fluentThemeNameOf(...args));

  it('uses the Teams themes inside Teams', async () => {
    expect(await themeOf('light', 'teams')).toBe(teamsLightTheme);
    expect(await themeOf('dark', 'teams')).toBe(teamsDarkTheme);
    expect(await themeOf('contrast', 'teams')).toBe(teamsHighContrastTheme);
  });

  it('uses the web light theme in a browser tab, at once', async () => {
    expect(loadedFluentTheme('web-light')).toBe(webLightTheme);
    expect(await themeOf('light', 'standalone')).toBe(webLightTheme);
    expect(await themeOf('dark', 'standalone')).toBe(teamsDarkTheme);
  });

  it('keeps a theme once loaded, to switch to it without waiting', async () => {
    await loadFluentTheme('teams-dark');
    expect(loadedFluentTheme('teams-dark')).toBe(teamsDarkTheme);
  });
});
