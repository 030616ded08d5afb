import { describe, expect, it } from 'vitest';
import type { ActionSummary } from '../../../domain/action';
import type { Theme } from '../../../domain/theme';
import type { PlanSnapshot } from '../../../data/repositories';
import { createI18n } from '../../../i18n/i18n';
import { deadlineRowsOf } from '../deadline-overview';
import { buildDeadlineCalendar, deadlineEventUid, ICS_TYPE } from './deadline-calendar';

const joris = { id: 7, name: 'Joris Hermans', email: 'joris@example.org' };
const klimaat = { id: 1, key: 'klimaat', name: 'Klimaat', owner: joris } as Theme;

function action(id: number, change: Partial<ActionSummary>): ActionSummary {
  return {
    id,
    themeId: 1,
    goalId: undefined,
    title: `Actie ${id}`,
    timing: 'Q4 2025',
    dueDate: undefined,
    planYear: 2025,
    status: 'not-started',
    owner: undefined,
    pilotIds: [],
    version: '1',
    ...change,
  };
}

const plan: PlanSnapshot = {
  themes: [klimaat],
  goals: [],
  actions: [
    action(1, { title: 'Inkoop Energie; collectief, Zuid-Limburg', timing: 'Start in Q1 2025' }),
    action(2, { title: 'Jaarverslag', timing: 'Q4 2025' }),
    action(3, { title: 'Afgerond', status: 'done' }),
  ],
  pilots: [],
  problems: [],
};

const rows = deadlineRowsOf(plan, '2025-05-15');
const SITE = 'https://contoso.sharepoint.com/sites/mvoi';
const context = {
  t: createI18n('nl').t,
  now: new Date('2025-05-15T10:00:00Z'),
  siteUrl: SITE,
  actionUrl: (id: number) => `https://app.example.org/actions/${id}`,
};

type Property = { name: string; params: string[]; value: string };

/** RFC 5545 content lines: unfolded, each split into name, parameters and value. */
function parseIcs(text: string): { lines: Property[]; events: Map<string, Property>[] } {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return { name, params, value: line.slice(colon + 1) };
    });
  const events: Map<string, Property>[] = [];
  let event: Map<string, Property> | undefined;
  for (const line of lines) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') event = new Map();
    else if (line.name === 'END' && line.value === 'VEVENT' && event) {
      events.push(event);
      event = undefined;
    } else event?.set(line.name, line);
  }
  return { lines, events };
}

function unescapeText(value: string): string {
  return value.replace(/\\n/gi, '\n').replace(/\\([\\;,])/g, '$1');
}

async function calendarOf(built: Blob) {
  const text = await built.text();
  return { text, ...parseIcs(text) };
}

describe('buildDeadlineCalendar', () => {
  it('makes one all-day event per deadline, ending the day after', async () => {
    const blob = buildDeadlineCalendar(rows, context);
    expect(blob.type).toBe(ICS_TYPE);
    const { text, lines, events } = await calendarOf(blob);

    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(lines.find((line) => line.name === 'VERSION')?.value).toBe('2.0');
    expect(lines.find((line) => line.name === 'METHOD')?.value).toBe('PUBLISH');
    // The done action has no deadline left to put in a calendar.
    expect(events.map((event) => unescapeText(event.get('SUMMARY')?.value ?? ''))).toEqual([
      'Start: Inkoop Energie; collectief, Zuid-Limburg',
      'Oplevering: Jaarverslag',
    ]);

    const [energy] = events;
    expect(energy?.get('DTSTART')).toEqual({
      name: 'DTSTART',
      params: ['VALUE=DATE'],
      value: '20250331',
    });
    expect(energy?.get('DTEND')).toEqual({
      name: 'DTEND',
      params: ['VALUE=DATE'],
      value: '20250401',
    });
    expect(events[1]?.get('DTSTART')?.value).toBe('20251231');
    expect(events[1]?.get('DTEND')?.value).toBe('20260101');
    expect(energy?.get('TRANSP')?.value).toBe('TRANSPARENT');
  });

  it('links back to the action, and describes it', async () => {
    const [energy] = (await calendarOf(buildDeadlineCalendar(rows, context))).events;
    expect(energy?.get('URL')?.value).toBe('https://app.example.org/actions/1');
    expect(unescapeText(energy?.get('DESCRIPTION')?.value ?? '')).toBe(
      [
        'Thema: Klimaat',
        'Doel: —',
        'Eigenaar: Joris Hermans',
        'Planning: Start in Q1 2025',
        'Status: Niet gestart',
        '',
        'https://app.example.org/actions/1',
      ].join('\n'),
    );
  });

  it('gives an action’s deadline the same UID in every export, so importing again updates it', async () => {
    const uids = async (built: Blob) =>
      (await calendarOf(built)).events.map((event) => event.get('UID')?.value);
    const first = await uids(buildDeadlineCalendar(rows, context));
    const later = await uids(
      buildDeadlineCalendar(rows, { ...context, now: new Date('2025-06-01T08:00:00Z') }),
    );

    expect(first).toEqual(later);
    expect(first[0]).toBe(deadlineEventUid(SITE, 1, '2025-03-31'));
    expect(new Set(first).size).toBe(first.length);
    expect(deadlineEventUid(SITE, 1, '2025-03-31')).not.toBe(
      deadlineEventUid('https://contoso.sharepoint.com/sites/mvoi-test', 1, '2025-03-31'),
    );
    expect(deadlineEventUid(SITE, 1, '2025-03-31')).not.toBe(
      deadlineEventUid(SITE, 1, '2025-06-30'),
    );
  });

  it('folds long lines at 75 octets', async () => {
    const long = deadlineRowsOf(
      { ...plan, actions: [action(9, { title: 'Circulair inkopen '.repeat(10) })] },
      '2025-05-15',
    );
    const { text } = await calendarOf(buildDeadlineCalendar(long, context));
    const encoder = new TextEncoder();
    expect(text.split('\r\n').every((line) => encoder.encode(line).length <= 75)).toBe(true);
  });
});
