import { makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useDescribeDeadline } from '../../../ui/deadline-badge';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { useMyDeadlines } from '../api/use-my-deadlines';
import { DeadlineExportButtons } from './deadline-export-buttons';
import { DeadlineSectionTable } from './deadline-section-table';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Everything the signed-in person answers for that is late or comes soon. */
export function MyDeadlinesPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const describe = useDescribeDeadline();
  const { rows, error } = useMyDeadlines({ readPlan: true });
  return (
    <section className={styles.page} aria-labelledby="my-deadlines-heading">
      <Title2 as="h1" id="my-deadlines-heading">
        {t('myDeadlines.heading')}
      </Title2>
      <DeadlineExportButtons rows={rows ?? []} fileStem="mvoi-mijn-deadlines" />
      {error ? (
        <LoadError error={error} onRetry={() => window.location.reload()} />
      ) : !rows ? (
        <CardsSkeleton count={2} />
      ) : rows.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('myDeadlines.none')}</MessageBarBody>
        </MessageBar>
      ) : (
        <DeadlineSectionTable label={t('myDeadlines.heading')} rows={rows} describe={describe} />
      )}
    </section>
  );
}
