import type { CalendarDate } from '../domain/calendar-date';
import type { Reminder } from '../domain/reminders';

const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const formatted = new Map<CalendarDate, string>();

/** "31 maart 2025". A run names the same few deadlines thousands of times: each is formatted once. */
export function dutchDate(date: CalendarDate): string {
  let text = formatted.get(date);
  if (text === undefined) {
    text = DATE.format(new Date(`${date}T12:00:00Z`));
    formatted.set(date, text);
  }
  return text;
}

export const ORGANISATION_WIDE = 'Organisatiebreed';

function days(count: number): string {
  return count === 1 ? '1 dag' : `${count} dagen`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** The Dutch preview of a reminder, at most `max` characters: the title gives way first. */
export function previewText(reminder: Reminder, themeName: string, max = 150): string {
  const date = dutchDate(reminder.deadline);
  const late = -reminder.daysLeft;
  const build = (title: string) => {
    switch (reminder.kind) {
      case 'overdue':
        return reminder.moment === 'start'
          ? `${title} (${themeName}) had gestart moeten zijn op ${date}: ${days(late)} te laat`
          : `${title} (${themeName}) had af moeten zijn op ${date}: ${days(late)} te laat`;
      case 'review':
        return `Kwartaalcheck: werk de voortgang van ${title} (${themeName}) bij vóór ${date}`;
      default: {
        const left = reminder.daysLeft === 0 ? 'Vandaag' : `Nog ${days(reminder.daysLeft)}`;
        const what =
          reminder.moment === 'start'
            ? 'moet gestart zijn op'
            : reminder.moment === 'report'
              ? 'moet gerapporteerd zijn op'
              : 'moet af zijn op';
        return `${left}: ${title} (${themeName}) ${what} ${date}`;
      }
    }
  };
  const full = build(reminder.title);
  if (full.length <= max) return full;
  const room = max - (full.length - reminder.title.length);
  return shorten(build(shorten(reminder.title, Math.max(room, 10))), max);
}
