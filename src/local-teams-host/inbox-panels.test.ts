import { describe, expect, it } from 'vitest';
import { deepLinkTarget } from './inbox-panels';

describe('deepLinkTarget', () => {
  it('reads the tab and sub-page a Teams deep link opens', () => {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: 'action-12' }));
    expect(
      deepLinkTarget(
        `https://teams.microsoft.com/l/entity/app-id/themes?webUrl=https%3A%2F%2Fx%2Factions%2F12&label=A&context=${context}`,
      ),
    ).toEqual({ entityId: 'themes', subEntityId: 'action-12' });
    expect(deepLinkTarget('https://teams.microsoft.com/l/entity/app-id/practices')).toEqual({
      entityId: 'practices',
    });
  });

  it('ignores what is not a Teams deep link', () => {
    expect(deepLinkTarget('https://example.org/l/entity/a/b')).toBeUndefined();
    expect(deepLinkTarget('not a url')).toBeUndefined();
  });
});
