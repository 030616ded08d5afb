import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import {
  DocumentTableArrowRightRegular,
  DocumentTextRegular,
  PrintRegular,
} from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../ui/download-file';
import { LiveRegion } from '../../../ui/live-region';
import { useNow } from '../../../ui/clock';
import type { ReportDocument } from '../report-document';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type ExportKind = 'word' | 'excel';

const EXTENSIONS: Record<ExportKind, string> = { word: 'docx', excel: 'xlsx' };

/**
 * "Download Word", "Download Excel" and "Afdrukken" for the report shown. docx and exceljs are
 * large and rarely needed: they load on the first click, not with the page.
 */
export function ReportExportButtons({ document }: { document: ReportDocument }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const [busy, setBusy] = useState<ExportKind>();
  const [failed, setFailed] = useState<ExportKind>();
  const [announcement, setAnnouncement] = useState('');

  const run = async (kind: ExportKind) => {
    const fileName = `${document.fileStem}.${EXTENSIONS[kind]}`;
    setBusy(kind);
    setFailed(undefined);
    setAnnouncement(t('yearReport.page.preparing'));
    try {
      const blob =
        kind === 'word'
          ? await (
              await import('../export/report-docx')
            ).buildReportDocx(document, i18n.language === 'en' ? 'en-GB' : 'nl-NL')
          : await (await import('../export/report-workbook')).buildReportWorkbook(document, now);
      downloadFile(blob, fileName);
      setAnnouncement(t('yearReport.page.ready', { file: fileName }));
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
      disabledFocusable={busy !== undefined}
      aria-busy={busy === kind || undefined}
      onClick={() => void run(kind)}
    >
      {t(`yearReport.page.${kind}`)}
    </Button>
  );

  return (
    <div className={styles.root}>
      <div className={styles.buttons} role="group" aria-label={t('yearReport.page.downloads')}>
        {button('word', <DocumentTextRegular />)}
        {button('excel', <DocumentTableArrowRightRegular />)}
        <Button icon={<PrintRegular />} onClick={() => window.print()}>
          {t('yearReport.page.print')}
        </Button>
      </div>
      {failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(`yearReport.page.${failed}Failed`)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void run(failed)}>{t('app.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
