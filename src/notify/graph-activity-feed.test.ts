import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityNotification, chainIdOf } from './activity-notification';
import { graphActivityFeed } from './graph-activity-feed';
import type { SendTiming } from './http-send';

let server: Server;
let graphUrl: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.url ?? '');
    request.resume();
    request.on('end', () => {
      response.writeHead(204);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  graphUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A clock that moves only when the feed sleeps. */
function fakeTiming() {
  let now = 0;
  const sleeps: number[] = [];
  const timing: SendTiming = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { timing, sleeps };
}

const reminder = {
  key: '1:2025-03-31:approaching:7',
  actionId: 1,
  themeId: 1,
  title: 'Actie',
  kind: 'approaching' as const,
  deadline: '2025-03-31' as const,
  offset: 7,
  daysLeft: 7,
  recipient: undefined,
};
const body = activityNotification(reminder, 'Klimaat', { teamsAppId: 'app', appUrl: 'https://a' });

describe('graphActivityFeed', () => {
  it('spaces requests to five a second and defers an eleventh to one user within a minute', async () => {
    received.length = 0;
    const { timing, sleeps } = fakeTiming();
    const feed = graphActivityFeed({ graphUrl, getToken: async () => 't', timing });
    const outcomes = [];
    for (let n = 0; n < 11; n++) outcomes.push(await feed.send('joris@mvoi.local', body));
    expect(outcomes.slice(0, 10).every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes[10]).toMatchObject({ ok: false, deferred: true });
    expect(received).toHaveLength(10);
    expect(received[0]).toBe('/v1.0/users/joris%40mvoi.local/teamwork/sendActivityNotification');
    expect(sleeps.every((ms) => ms === 200)).toBe(true);
    expect(sleeps).toHaveLength(9);
    // Another user is not held up by the first one's minute.
    expect((await feed.send('anouk@mvoi.local', body)).ok).toBe(true);
  });

  it('gives one chain to an action’s deadline, another to a moved one', () => {
    expect(chainIdOf(1, '2025-03-31')).toBe(chainIdOf(1, '2025-03-31'));
    expect(chainIdOf(1, '2025-03-31')).not.toBe(chainIdOf(1, '2025-06-30'));
    expect(chainIdOf(1, '2025-03-31')).not.toBe(chainIdOf(2, '2025-03-31'));
    expect(Number.isSafeInteger(chainIdOf(1, '2025-03-31'))).toBe(true);
  });
});
