import { describe, expect, it } from 'vitest';
import {
  digestMessage,
  MAX_MESSAGE_BYTES,
  messageBytes,
  type DigestThemeView,
} from './digest-card';

const LINKS = { teamsAppId: 'app', appUrl: 'https://app.example' };

function theme(index: number, actions: number, titleLength = 40): DigestThemeView {
  return {
    themeId: index,
    key: `thema-${index}`,
    name: `Thema ${index}`,
    late: actions,
    approaching: 0,
    reviews: 0,
    urgent: Array.from({ length: actions }, (_, n) => ({
      id: index * 1000 + n,
      title: `Actie ${n} `.padEnd(titleLength, 'x'),
      deadline: '2025-03-31' as const,
      daysLeft: -3,
      kind: 'overdue' as const,
    })),
  };
}

const text = (message: unknown) => JSON.stringify(message);

describe('digestMessage', () => {
  it('is an Adaptive Card 1.4 in the Workflows envelope, with counts, names and links', () => {
    const message = digestMessage([theme(1, 2)], '2025-04-03', LINKS) as {
      type: string;
      attachments: {
        contentType: string;
        contentUrl: null;
        content: { version: string; actions: { url: string }[] };
      }[];
    };
    expect(message.type).toBe('message');
    expect(message.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(message.attachments[0]?.content.version).toBe('1.4');
    expect(message.attachments[0]?.content.actions[0]?.url).toBe('https://app.example/deadlines');
    expect(text(message)).toContain('3 dagen te laat (31 maart 2025)');
    expect(text(message)).toContain('https://app.example/deadlines?theme=thema-1');
    expect(text(message)).toContain('MVOI-deadlines op 3 april 2025');
  });

  it('names the five most urgent per theme and counts the rest', () => {
    const message = text(digestMessage([theme(1, 8)], '2025-04-03', LINKS));
    expect(message).toContain('Actie 4 ');
    expect(message).not.toContain('Actie 5 ');
    expect(message).toContain('en 3 meer');
  });

  it('stays under 28 KB by naming fewer actions', () => {
    const themes = Array.from({ length: 7 }, (_, index) => theme(index, 400, 1000));
    const message = digestMessage(themes, '2025-04-03', LINKS);
    expect(messageBytes(message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    const more = Number(/en (\d+) meer/.exec(text(message))?.[1]);
    expect(more).toBeGreaterThan(395);
    expect(text(message)).toContain('Actie 0 ');
    expect(messageBytes(digestMessage(themes.slice(0, 1), '2025-04-03', LINKS))).toBeLessThan(
      MAX_MESSAGE_BYTES,
    );
  });
});
