import type { CalendarDate } from '../domain/calendar-date';
import type { DigestAction, DigestTheme } from '../domain/reminders';
import { deadlineOverviewUrl, type AppLinks } from './deep-links';
import { dutchDate } from './reminder-texts';

/** Workflows refuses messages over about 28 KB; the card stays under it. */
export const MAX_MESSAGE_BYTES = 28 * 1024;

export interface DigestThemeView extends DigestTheme {
  name: string;
  /** The theme's key for the overview's filter; undefined for organisation-wide actions. */
  key: string | undefined;
}

function when(action: DigestAction): string {
  const date = dutchDate(action.deadline);
  if (action.kind === 'overdue') {
    const late = -action.daysLeft;
    return `${late === 1 ? '1 dag' : `${late} dagen`} te laat (${date})`;
  }
  if (action.kind === 'review') return `kwartaalcheck vóór ${date}`;
  if (action.daysLeft === 0) return `vandaag (${date})`;
  return `nog ${action.daysLeft === 1 ? '1 dag' : `${action.daysLeft} dagen`} (${date})`;
}

function overviewFor(links: AppLinks, key: string | undefined): string {
  const url = deadlineOverviewUrl(links);
  return key ? `${url}?theme=${encodeURIComponent(key)}` : url;
}

function themeBlock(theme: DigestThemeView, shown: number, links: AppLinks): unknown {
  const names = theme.urgent.slice(0, shown);
  const more = theme.urgent.length - names.length;
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: theme.name, weight: 'Bolder', wrap: true },
      {
        type: 'FactSet',
        facts: [
          { title: 'Te laat', value: String(theme.late) },
          { title: 'Deadline nadert', value: String(theme.approaching) },
          { title: 'Kwartaalcheck', value: String(theme.reviews) },
        ],
      },
      ...names.map((action) => ({
        type: 'TextBlock',
        text: `• ${action.title}: ${when(action)}`,
        wrap: true,
        spacing: 'Small',
      })),
      ...(more > 0
        ? [{ type: 'TextBlock', text: `en ${more} meer`, isSubtle: true, spacing: 'Small' }]
        : []),
      {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.OpenUrl',
            title: `Bekijk ${theme.name}`,
            url: overviewFor(links, theme.key),
          },
        ],
      },
    ],
  };
}

/** The envelope the "When a Teams webhook request is received" trigger posts from. */
export function workflowMessage(card: unknown): unknown {
  return {
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  };
}

export function messageBytes(message: unknown): number {
  return Buffer.byteLength(JSON.stringify(message), 'utf8');
}

/**
 * The coordinator's digest as an Adaptive Card 1.4 (Workflows does not show 1.5 reliably), in its
 * envelope: per theme the counts, the most urgent actions by name, and a link to the overview.
 * Fewer names are shown (“en N meer”) until the message fits in 28 KB.
 */
export function digestMessage(
  themes: readonly DigestThemeView[],
  today: CalendarDate,
  links: AppLinks,
): unknown {
  const total = (pick: (theme: DigestTheme) => number) =>
    themes.reduce((sum, theme) => sum + pick(theme), 0);
  const build = (shown: number, themeCount: number) => {
    const omitted = themes.length - themeCount;
    return workflowMessage({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.4',
      body: [
        {
          type: 'TextBlock',
          text: `MVOI-deadlines op ${dutchDate(today)}`,
          weight: 'Bolder',
          size: 'Medium',
          wrap: true,
        },
        {
          type: 'TextBlock',
          text:
            themes.length === 0
              ? 'Geen acties te laat of met een naderende deadline.'
              : `${total((t) => t.late)} te laat · ${total((t) => t.approaching)} deadline nadert · ${total((t) => t.reviews)} kwartaalcheck`,
          wrap: true,
          isSubtle: true,
        },
        ...themes.slice(0, themeCount).map((theme) => themeBlock(theme, shown, links)),
        ...(omitted > 0
          ? [{ type: 'TextBlock', text: `en ${omitted} thema’s meer`, isSubtle: true }]
          : []),
      ],
      actions: [
        {
          type: 'Action.OpenUrl',
          title: 'Open het deadline-overzicht',
          url: deadlineOverviewUrl(links),
        },
      ],
    });
  };
  for (const shown of [5, 3, 2, 1, 0]) {
    const message = build(shown, themes.length);
    if (messageBytes(message) <= MAX_MESSAGE_BYTES) return message;
  }
  for (let count = themes.length - 1; count >= 0; count--) {
    const message = build(0, count);
    if (messageBytes(message) <= MAX_MESSAGE_BYTES) return message;
  }
  return build(0, 0);
}
