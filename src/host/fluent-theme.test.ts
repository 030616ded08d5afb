import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { fluentThemeOf, hostThemeOf } from './fluent-theme';

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

describe('fluentThemeOf', () => {
  it('uses the Teams themes inside Teams', () => {
    expect(fluentThemeOf('light', 'teams')).toBe(teamsLightTheme);
    expect(fluentThemeOf('dark', 'teams')).toBe(teamsDarkTheme);
    expect(fluentThemeOf('contrast', 'teams')).toBe(teamsHighContrastTheme);
  });

  it('uses the web light theme in a browser tab', () => {
    expect(fluentThemeOf('light', 'standalone')).toBe(webLightTheme);
    expect(fluentThemeOf('dark', 'standalone')).toBe(teamsDarkTheme);
  });
});
