import type { TFunction } from 'i18next';
import type { CalendarDate } from '../../../domain/calendar-date';
import type { DeadlineRow } from '../deadline-overview';

/** What both exports need besides the rows. */
export interface DeadlineExportContext {
  /** The user's language, bound: headers and words come out as the screen shows them. */
  t: TFunction;
  /** The absolute address of an action in the app, for the link back. */
  actionUrl: (actionId: number) => string;
  /** The moment of the export: the workbook's creation time, the calendar's DTSTAMP. */
  now: Date;
}

/** One action as the exports write it: every value already in words, but dates and days. */
export interface DeadlineExportFields {
  actionId: number;
  action: string;
  theme: string;
  goal: string;
  owner: string;
  /** As the plan writes it ("Start in Q1 2025"), not as the screen reformats it. */
  timing: string;
  deadline: CalendarDate | undefined;
  /** Which deadline it is: delivery, start, report or the quarterly check. */
  moment: string;
  status: string;
  section: string;
  /** Negative once late. */
  daysLeft: number | undefined;
  url: string;
}

export function exportFieldsOf(
  { action, theme, goalTitle, responsible, assessment, section }: DeadlineRow,
  { t, actionUrl }: Pick<DeadlineExportContext, 't' | 'actionUrl'>,
): DeadlineExportFields {
  return {
    actionId: action.id,
    action: action.title,
    theme: theme?.name ?? t('deadlines.organisation'),
    goal: goalTitle ?? '',
    owner: responsible?.name ?? t('deadlines.noOwner'),
    timing: action.timing,
    deadline: assessment.deadline,
    moment: assessment.deadline
      ? t(`deadlineExport.moments.${assessment.moment ?? ('due' as const)}`)
      : '',
    status: t(`status.${action.status}`),
    section: t(`deadlines.sections.${section}`),
    daysLeft: assessment.daysLeft,
    url: actionUrl(action.id),
  };
}
