import ical, {
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { addDays, type CalendarDate } from '../../../domain/calendar-date';
import type { DeadlineRow } from '../deadline-overview';
import { exportFieldsOf, type DeadlineExportContext } from './deadline-export-fields';

export const ICS_TYPE = 'text/calendar;charset=utf-8';

export interface DeadlineCalendarContext extends DeadlineExportContext {
  /** The SharePoint site that holds the plan: UIDs of one site never collide with another's. */
  siteUrl: string;
}

/**
 * The same action and deadline always get the same UID, so importing the file again updates the
 * events instead of adding copies; a new deadline (the next quarterly check) is a new event.
 */
export function deadlineEventUid(
  siteUrl: string,
  actionId: number,
  deadline: CalendarDate,
): string {
  const site = new URL(siteUrl);
  const path = site.pathname.split('/').filter(Boolean).join('-') || 'root';
  return `mvoi-action-${actionId}-${deadline.replaceAll('-', '')}.${path}@${site.host}`;
}

/** A calendar day as ical-generator writes an all-day date: from its UTC parts. */
function utcDay(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The deadlines as an iCalendar file (RFC 5545): one all-day event per action that has a deadline,
 * on that day, shown as free time, with a link back to the action.
 */
export function buildDeadlineCalendar(
  rows: readonly DeadlineRow[],
  context: DeadlineCalendarContext,
): Blob {
  const { t, now, siteUrl } = context;
  const calendar = ical({
    name: t('deadlineExport.calendarName'),
    prodId: { company: 'Gemeente Maastricht', product: 'MVOI Actieplan', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const row of rows) {
    const fields = exportFieldsOf(row, context);
    if (!fields.deadline) continue;
    const label = (field: 'theme' | 'goal' | 'owner' | 'timing' | 'status') =>
      `${t(`deadlineExport.columns.${field}`)}: ${fields[field] || '—'}`;
    calendar.createEvent({
      id: deadlineEventUid(siteUrl, fields.actionId, fields.deadline),
      allDay: true,
      start: utcDay(fields.deadline),
      // DTEND is exclusive: the day after, or Outlook shows an event that ends before it starts.
      end: utcDay(addDays(fields.deadline, 1)),
      stamp: now,
      summary: t('deadlineExport.eventSummary', { moment: fields.moment, action: fields.action }),
      description: [
        label('theme'),
        label('goal'),
        label('owner'),
        label('timing'),
        label('status'),
        '',
        fields.url,
      ].join('\n'),
      url: fields.url,
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    });
  }
  return new Blob([calendar.toString()], { type: ICS_TYPE });
}
