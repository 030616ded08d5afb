import {
  Body1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PLAN_YEARS } from '../../../domain/ambition';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { languageOf } from '../../../i18n/languages';
import { useNow } from '../../../ui/clock';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { useYearReport } from '../api/use-year-report';
import { reportDocument } from '../report-document';
import { ReportExportButtons } from './report-export-buttons';
import { ReportPrintStyles } from './report-print-styles';
import { REPORT_TITLE_ID, ReportView } from './report-view';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
  },
  heading: { margin: 0 },
});

const FIRST_YEAR = Math.min(...PLAN_YEARS);
const LAST_YEAR = Math.max(...PLAN_YEARS);

/** The year in the URL if the plan runs then; otherwise this year, within the plan's years. */
function yearToShow(param: string | undefined, currentYear: number): number {
  const asked = Number(param);
  if ((PLAN_YEARS as readonly number[]).includes(asked)) return asked;
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, currentYear));
}

/** `/reports/:year`: the PDCA year report, on screen, in Word, in Excel and on paper. */
export function YearReportPage() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const navigate = useNavigate();
  const params = useParams();
  const currentYear = yearOf(calendarDateIn(useNow()));
  const year = yearToShow(params.year, currentYear);
  const query = useYearReport(year);
  const language = languageOf(i18n.language);
  const document = useMemo(
    () => query.report && reportDocument(query.report, { t, language }),
    [query.report, t, language],
  );

  return (
    <div className={styles.page}>
      <ReportPrintStyles />
      <Title2 as="h1" id={REPORT_TITLE_ID} className={styles.heading}>
        {t('yearReport.title', { year })}
      </Title2>
      <Body1 as="p" data-report-chrome>
        {t('yearReport.page.intro')}
      </Body1>
      <div className={styles.toolbar} data-report-chrome>
        <Field label={t('yearReport.page.year')}>
          <Select
            value={String(year)}
            onChange={(_, data) => void navigate(`/reports/${data.value}`)}
          >
            {PLAN_YEARS.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        </Field>
        {document && <ReportExportButtons document={document} />}
      </div>
      {query.isPending ? (
        <CardsSkeleton count={3} />
      ) : query.error || !document ? (
        <LoadError error={query.error} onRetry={query.refetch} />
      ) : query.report?.themes.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('yearReport.page.noThemes')}</MessageBarBody>
        </MessageBar>
      ) : (
        <ReportView document={document} />
      )}
    </div>
  );
}
