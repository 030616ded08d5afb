import { makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { summarizeProgress } from '../../../domain/theme-progress';
import { OrganisationProgress } from '../../../ui/ambition-progress';
import { useNow } from '../../../ui/clock';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { usePlan } from '../../../ui/use-plan';
import { OrganisationAmbition } from './organisation-ambition';
import { PrepareYearLink } from './prepare-year-link';
import { ThemeCard } from './theme-card';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
});

/** Home: the organisation's ambition and the six themes with where they stand. */
export function ThemesOverview() {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const plan = usePlan();

  return (
    <section className={styles.page} aria-labelledby="themes-heading">
      <OrganisationAmbition />
      <Title2 as="h1" id="themes-heading">
        {t('themes.heading')}
      </Title2>
      <PrepareYearLink />
      {plan.isPending ? (
        <CardsSkeleton />
      ) : plan.isError ? (
        <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
      ) : plan.data.themes.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('themes.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {plan.data.problems.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t('themes.problems', { count: plan.data.problems.length })}
              </MessageBarBody>
            </MessageBar>
          )}
          <OrganisationProgress themes={plan.data.themes} />
          <ul className={styles.grid}>
            {plan.data.themes.map((theme) => (
              <li key={theme.id}>
                <ThemeCard
                  theme={theme}
                  goalCount={plan.data.goals.filter((goal) => goal.themeId === theme.id).length}
                  progress={summarizeProgress(
                    plan.data.actions.filter((action) => action.themeId === theme.id),
                    now,
                  )}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
