import { describe, expect, it, vi } from 'vitest';
import {
  createTeamsProtocol,
  isAppRequest,
  legacyContext,
  type HostMessage,
  type SimulatedTeams,
} from './teams-protocol';

const teams: SimulatedTeams = {
  theme: 'dark',
  locale: 'en-us',
  frame: 'settings',
  user: { upn: 'coordinator@mvoi.local', displayName: 'Sanne', objectId: 'oid' },
  tenantId: 'tid',
  team: { id: 'team', name: 'MVOI', channelId: 'channel', channelName: 'Algemeen' },
  entityId: undefined,
  subEntityId: 'theme-klimaat',
  teamSiteUrl: 'http://127.0.0.1:5173/sites/mvoi',
};

function setUp() {
  const posted: HostMessage[] = [];
  const events = { validityChanged: vi.fn(), saved: vi.fn(), saveFailed: vi.fn(), log: vi.fn() };
  const protocol = createTeamsProtocol(
    () => teams,
    (message) => posted.push(message),
    events,
  );
  let id = 0;
  const request = (func: string, ...args: unknown[]) =>
    protocol.handle({ id: id++, uuidAsString: `uuid-${id}`, func, args });
  return { posted, events, protocol, request };
}

describe('the local Teams host’s side of the teams-js protocol', () => {
  it('recognises app requests only', () => {
    expect(isAppRequest({ id: 1, func: 'initialize', args: [] })).toBe(true);
    expect(isAppRequest({ func: 'themeChange', args: ['dark'] })).toBe(false);
    expect(isAppRequest('initialize')).toBe(false);
  });

  it('answers initialize with the frame, client type, runtime and SDK version', () => {
    const { posted, request } = setUp();
    request('initialize', '2.58.0', 4);
    const [answer] = posted;
    expect(answer).toMatchObject({ id: 0, uuidAsString: 'uuid-1' });
    const [frame, clientType, runtime, version] = (answer as { args: unknown[] }).args;
    expect([frame, clientType, version]).toEqual(['settings', 'web', '2.58.0']);
    const parsed = JSON.parse(String(runtime));
    expect(parsed.apiVersion).toBe(4);
    expect(parsed.supports.pages.config).toEqual({});
    expect(parsed.isNAAChannelRecommended).toBe(false);
    expect(parsed.supports.nestedAppAuth).toBeUndefined();
  });

  it('answers getContext in the legacy shape', () => {
    const { posted, request } = setUp();
    request('getContext');
    expect((posted[0] as { args: unknown[] }).args[0]).toEqual(legacyContext(teams));
    expect(legacyContext(teams)).toMatchObject({
      locale: 'en-us',
      theme: 'dark',
      frameContext: 'settings',
      subEntityId: 'theme-klimaat',
      userPrincipalName: 'coordinator@mvoi.local',
      channelId: 'channel',
      teamSiteDomain: '127.0.0.1:5173',
    });
  });

  it('runs the save flow: settings.save, setSettings, save.success', () => {
    const { posted, events, protocol, request } = setUp();
    request('settings.setValidityState', true);
    expect(events.validityChanged).toHaveBeenCalledWith(true);

    protocol.save();
    expect(posted.at(-1)).toEqual({ func: 'settings.save', args: [{}] });
    const tab = { entityId: 'deadlines', contentUrl: 'http://x/channel?view=deadlines' };
    request('settings.setSettings', tab);
    expect(posted.at(-1)).toMatchObject({ args: [true] });
    request('settings.save.success');
    expect(events.saved).toHaveBeenCalledWith(tab);

    request('settings.getSettings');
    expect(posted.at(-1)).toMatchObject({ args: [tab] });
  });

  it('reports a save the app confirmed without a configuration', () => {
    const { events, protocol, request } = setUp();
    protocol.save();
    request('settings.save.success');
    expect(events.saved).not.toHaveBeenCalled();
    expect(events.saveFailed).toHaveBeenCalled();
  });

  it('pushes theme changes as events without an id', () => {
    const { posted, protocol } = setUp();
    protocol.changeTheme('contrast');
    expect(posted).toEqual([{ func: 'themeChange', args: ['contrast'] }]);
  });
});
