import {
  Body1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_AMBITION } from '../../../domain/ambition';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { organisationLadderProgress } from '../../../domain/ladder-progress';
import type { Theme } from '../../../domain/theme';
import { AppLink } from '../../../ui/app-link';
import { useNow } from '../../../ui/clock';
import { LoadError } from '../../../ui/query-states';
import { useLadderLabel } from '../../../ui/use-ladder-label';
import { useAssessments } from '../api/assessment-queries';
import { useProgressWords } from './use-progress-words';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The home page's progress toward "every theme at least step 4 by the end of 2028". */
export function OrganisationProgressCard({ themes }: { themes: Theme[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelOf = useLadderLabel();
  const words = useProgressWords();
  const currentYear = yearOf(calendarDateIn(useNow()));
  const assessments = useAssessments();
  const { targetLevel, targetYear } = ORGANISATION_AMBITION;

  const body = () => {
    if (assessments.isPending) return <Body1>{t('app.loading')}</Body1>;
    if (assessments.isError) {
      return <LoadError error={assessments.error} onRetry={() => void assessments.refetch()} />;
    }
    const progress = organisationLadderProgress(themes, assessments.data.items, currentYear);
    const nameOf = (themeId: number) => themes.find((theme) => theme.id === themeId);
    const lagging = [...progress.behind, ...progress.notAssessed];
    return (
      <>
        <Body1>
          {t('assessments.organisation.reached', {
            count: progress.reachedCount,
            total: progress.themeCount,
            level: targetLevel,
            label: labelOf(targetLevel),
          })}
        </Body1>
        <MessageBar
          intent={
            progress.pace === 'enough'
              ? 'success'
              : progress.pace === 'not-enough'
                ? 'warning'
                : 'info'
          }
        >
          <MessageBarBody>
            {t(`assessments.organisation.pace.${progress.pace}`, {
              level: targetLevel,
              year: targetYear,
            })}
          </MessageBarBody>
        </MessageBar>
        {lagging.length > 0 && (
          <>
            <Body1>{t('assessments.organisation.lagging')}</Body1>
            <ul className={styles.list}>
              {lagging.map((item) => {
                const theme = nameOf(item.themeId);
                if (!theme) return null;
                const { gap } = words(item);
                return (
                  <li key={item.themeId}>
                    <AppLink to={`/themes/${theme.key}`}>{theme.name}</AppLink>
                    {`: ${t(`assessments.verdict.${item.verdict}`)}. ${gap}`}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </>
    );
  };

  return (
    <Card
      appearance="filled-alternative"
      role="region"
      aria-labelledby="organisation-progress"
      className={styles.card}
    >
      <Subtitle2 as="h2" id="organisation-progress">
        {t('assessments.organisation.heading', { level: targetLevel, year: targetYear })}
      </Subtitle2>
      {body()}
    </Card>
  );
}
