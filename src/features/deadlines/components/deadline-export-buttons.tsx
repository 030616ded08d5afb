import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { CalendarAddRegular, DocumentTableArrowRightRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import { calendarDateIn } from '../../../domain/calendar-date';
import { useHost } from '../../../host/host-context';
import { useNow } from '../../../ui/clock';
import { LiveRegion } from '../../../ui/live-region';
import type { DeadlineRow } from '../deadline-overview';
import { downloadFile } from '../../../ui/download-file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type ExportKind = 'excel' | 'calendar';

const EXTENSIONS: Record<ExportKind, string> = { excel: 'xlsx', calendar: 'ics' };

/**
 * "Naar Excel" and "Zet in agenda" for the rows a list shows. The libraries behind them are
 * large and rarely needed, so they load on the first export, not with the page.
 */
export function DeadlineExportButtons({
  rows,
  fileStem,
}: {
  rows: readonly DeadlineRow[];
  /** The file's name before the date, e.g. "mvoi-deadlines". */
  fileStem: string;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const { siteUrl } = useHost();
  const actionsHref = useHref('/actions');
  const [busy, setBusy] = useState<ExportKind>();
  const [failed, setFailed] = useState<ExportKind>();
  const [announcement, setAnnouncement] = useState('');

  const run = async (kind: ExportKind) => {
    const context = {
      t,
      now,
      siteUrl,
      actionUrl: (id: number) => new URL(`${actionsHref}/${id}`, window.location.origin).href,
    };
    const fileName = `${fileStem}-${calendarDateIn(now)}.${EXTENSIONS[kind]}`;
    setBusy(kind);
    setFailed(undefined);
    setAnnouncement(t('deadlineExport.preparing'));
    try {
      const blob =
        kind === 'excel'
          ? await (await import('../export/deadline-workbook')).buildDeadlineWorkbook(rows, context)
          : (await import('../export/deadline-calendar')).buildDeadlineCalendar(rows, context);
      downloadFile(blob, fileName);
      setAnnouncement(t('deadlineExport.ready', { file: fileName }));
    } catch {
      setFailed(kind);
      setAnnouncement('');
    } finally {
      setBusy(undefined);
    }
  };

  const button = (kind: ExportKind, icon: ReactElement) => (
    <Button
      icon={busy === kind ? <Spinner size="tiny" /> : icon}
      disabled={rows.length === 0}
      disabledFocusable={busy !== undefined}
      onClick={() => void run(kind)}
    >
      {t(`deadlineExport.${kind}`)}
    </Button>
  );

  return (
    <div className={styles.root}>
      <div className={styles.buttons} role="group" aria-label={t('deadlineExport.actions')}>
        {button('excel', <DocumentTableArrowRightRegular />)}
        {button('calendar', <CalendarAddRegular />)}
      </div>
      {failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(`deadlineExport.${failed}Failed`)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void run(failed)}>{t('app.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
