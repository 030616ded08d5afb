import { describe, expect, it } from 'vitest';
import { LocalInbox } from './local-inbox';

const TYPES = [
  {
    type: 'deadlineApproaching',
    templateText: '{actionTitle} ({themeName}) moet af zijn op {deadline}',
  },
];

const notification = (changes: Record<string, unknown> = {}) => ({
  topic: { source: 'text', value: 'MVOI', webUrl: 'https://teams.microsoft.com/l/entity/a/b' },
  activityType: 'deadlineApproaching',
  chainId: 42,
  previewText: { content: 'Nog 7 dagen' },
  templateParameters: [
    { name: 'actionTitle', value: 'Actie' },
    { name: 'themeName', value: 'Klimaat' },
    { name: 'deadline', value: '31 maart 2025' },
  ],
  ...changes,
});

const card = (changes: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  version: '1.4',
  body: [{ type: 'TextBlock', text: 'Hallo' }],
  ...changes,
});
const envelope = (content: unknown) =>
  JSON.stringify({
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content },
    ],
  });

function inbox() {
  return new LocalInbox(
    () => new Date('2025-03-24T08:00:00Z'),
    () => TYPES,
    (user) => user === 'joris@mvoi.local',
  );
}

describe('the local activity feed checks what Graph checks', () => {
  it.each<[string, Record<string, unknown>, number, RegExp]>([
    ['an undeclared activity type', { activityType: 'taskCreated' }, 400, /not declared/],
    ['a text topic without webUrl', { topic: { source: 'text', value: 'MVOI' } }, 400, /webUrl/],
    [
      'a webUrl outside Teams',
      { topic: { source: 'text', value: 'MVOI', webUrl: 'https://example.org/' } },
      400,
      /Microsoft Teams domain/,
    ],
    [
      'parameters that do not match',
      { templateParameters: [{ name: 'title', value: 'x' }] },
      400,
      /missing: actionTitle/,
    ],
    ['no preview', { previewText: undefined }, 400, /previewText/],
  ])('refuses %s', (_, changes, status, message) => {
    const answer = inbox().sendActivityNotification(
      'joris@mvoi.local',
      'Bearer t',
      notification(changes),
    );
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).toMatch(message);
  });

  it('refuses an unknown user and a request without token', () => {
    expect(inbox().sendActivityNotification('nobody@x', 'Bearer t', notification()).status).toBe(
      404,
    );
    expect(
      inbox().sendActivityNotification('joris@mvoi.local', undefined, notification()).status,
    ).toBe(401);
  });

  it('shows the filled-in template, and replaces a notification sent again in its chain', () => {
    const local = inbox();
    expect(
      local.sendActivityNotification('joris@mvoi.local', 'Bearer t', notification()).status,
    ).toBe(204);
    local.sendActivityNotification('joris@mvoi.local', 'Bearer t', notification());
    local.sendActivityNotification('joris@mvoi.local', 'Bearer t', notification({ chainId: 43 }));
    expect(
      local.activityOf('JORIS@mvoi.local').map((a) => [a.text, a.chainId, a.deliveries]),
    ).toEqual([
      ['Actie (Klimaat) moet af zijn op 31 maart 2025', 43, 1],
      ['Actie (Klimaat) moet af zijn op 31 maart 2025', 42, 2],
    ]);
  });
});

describe('the local Workflows webhook checks what Workflows checks', () => {
  it.each<[string, string, number, RegExp]>([
    ['an envelope without attachments', JSON.stringify({ text: 'Hallo' }), 400, /attachments/],
    ['a card that is not 1.4', envelope(card({ version: '1.5' })), 400, /couldn't be displayed/],
    ['something that is not a card', envelope({ type: 'MessageCard' }), 400, /AdaptiveCard/],
    [
      'a message over 28 KB',
      envelope(card({ body: [{ type: 'TextBlock', text: 'x'.repeat(29 * 1024) }] })),
      413,
      /too large/,
    ],
  ])('refuses %s', (_, raw, status, message) => {
    const local = inbox();
    const answer = local.postToWorkflow('flow', 'sig', raw);
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).toMatch(message);
    expect(local.channel()).toEqual([]);
  });

  it('answers 202 with no body, and keeps the card', () => {
    const local = inbox();
    expect(local.postToWorkflow('flow', 'sig', envelope(card()))).toEqual({ status: 202 });
    expect(local.postToWorkflow('flow', null, envelope(card())).status).toBe(401);
    expect(local.channel().map((received) => received.card)).toEqual([card()]);
  });
});
