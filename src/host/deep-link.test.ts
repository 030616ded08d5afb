import { describe, expect, it } from 'vitest';
import { parseSubPageId, subPageIdOf, teamsDeepLink } from './deep-link';

describe('parseSubPageId', () => {
  it.each([
    ['theme-klimaat', { kind: 'theme', key: 'klimaat' }],
    ['theme-milieu-biodiversiteit', { kind: 'theme', key: 'milieu-biodiversiteit' }],
    ['action-12', { kind: 'action', id: 12 }],
    ['practice-3', { kind: 'practice', id: 3 }],
  ] as const)('reads %s', (subPageId, expected) => {
    expect(parseSubPageId(subPageId)).toEqual(expected);
    expect(subPageIdOf(expected)).toBe(subPageId);
  });

  it.each([undefined, '', 'theme-onbekend', 'action-', 'action-0', 'action-1.5', 'pilot-2'])(
    'ignores %s',
    (subPageId) => {
      expect(parseSubPageId(subPageId)).toBeUndefined();
    },
  );
});

describe('teamsDeepLink', () => {
  const appId = '8f2c1b7e-4d3a-4c5b-9e6f-0a1b2c3d4e5f';

  it('opens a static tab on a theme', () => {
    const link = new URL(
      teamsDeepLink({
        appId,
        entityId: 'themes',
        webUrl: 'https://mvoi.example.org/themes/klimaat',
        label: 'Klimaat & CO2',
        subPage: { kind: 'theme', key: 'klimaat' },
      }),
    );
    expect(link.origin + link.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${appId}/themes`,
    );
    expect(link.searchParams.get('webUrl')).toBe('https://mvoi.example.org/themes/klimaat');
    expect(link.searchParams.get('label')).toBe('Klimaat & CO2');
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'theme-klimaat',
    });
    expect(link.search).not.toContain('+');
  });

  it('names the channel for a channel tab', () => {
    const link = new URL(
      teamsDeepLink({
        appId,
        entityId: 'deadlines',
        webUrl: 'https://mvoi.example.org/channel?view=deadlines',
        label: 'Deadlines',
        subPage: { kind: 'action', id: 12 },
        channelId: '19:abc@thread.tacv2',
      }),
    );
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'action-12',
      channelId: '19:abc@thread.tacv2',
    });
  });

  it('leaves out the context when there is nothing to say', () => {
    const link = teamsDeepLink({
      appId,
      entityId: 'practices',
      webUrl: 'https://x.org/',
      label: 'x',
    });
    expect(new URL(link).searchParams.has('context')).toBe(false);
  });
});
