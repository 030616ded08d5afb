import {
  Body1,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../../ui/app-link';
import { assessDeadline } from '../../../domain/deadlines';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { inPlanYears, planYearsOf, readPlanYearFilter } from '../../../domain/plan-year';
import { targetFor } from '../../../domain/theme';
import { PlanYearSelect } from '../../../ui/plan-year-select';
import { useSearchState } from '../../../ui/use-search-state';
import { AmbitionLadder } from '../../../ui/ambition-ladder';
import { ThemeAmbition } from '../../../ui/ambition-progress';
import { useNow } from '../../../ui/clock';
import { DeadlineBadge } from '../../../ui/deadline-badge';
import { LinkedPractices } from '../../../ui/linked-practices';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { usePlan } from '../../../ui/use-plan';
import { GoalsEditor } from './goals-editor';
import { ThemeEditButton } from './theme-edit-button';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  action: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  ladder: { maxWidth: '240px' },
});

/** One theme: what it is about, its goals with their actions, and its pilots. */
export function ThemePage() {
  const { key } = useParams();
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const plan = usePlan();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  // The same `?year=` as the board: the current year and what is still open, one year, or all.
  const [params, updateParams] = useSearchState();
  const yearFilter = readPlanYearFilter(params.get('year'));
  const currentYear = yearOf(calendarDateIn(now));
  const shownYear = typeof yearFilter === 'number' ? yearFilter : currentYear;

  if (plan.isPending) return <CardsSkeleton count={3} />;
  if (plan.isError) return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  const theme = plan.data.themes.find((candidate) => candidate.key === key);
  if (!theme) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {t('themes.notFound')} <AppLink to="/">{t('themes.backToOverview')}</AppLink>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const goals = plan.data.goals.filter((goal) => goal.themeId === theme.id);
  const pilots = plan.data.pilots.filter((pilot) => pilot.themeIds.includes(theme.id));

  return (
    <article className={styles.page} aria-labelledby="theme-heading">
      <AppLink to="/">{t('themes.backToOverview')}</AppLink>
      <Title2 as="h1" id="theme-heading">
        {theme.name}
      </Title2>
      <AppLink
        to={`/themes/${theme.key}/board${params.has('year') ? `?year=${params.get('year')}` : ''}`}
      >
        {t('themes.openBoard')}
      </AppLink>
      <ThemeEditButton theme={theme} />
      <div className={styles.ladder}>
        <AmbitionLadder baseline={theme.baselineLevel} target={targetFor(theme, shownYear)} />
      </div>
      {theme.description && <Body1>{theme.description}</Body1>}
      <ThemeAmbition theme={theme} />
      <div className={styles.columns}>
        <TextList heading={t('themes.focus')} items={theme.focusAreas} />
        <TextList heading={t('themes.longTerm')} items={theme.longTermGoals} />
        <TextList heading={t('themes.policiesHeading')} items={theme.policies} />
      </div>
      <Subtitle1 as="h2">{t('themes.goalsHeading')}</Subtitle1>
      <PlanYearSelect
        className={styles.ladder}
        value={yearFilter}
        years={planYearsOf(plan.data.actions, currentYear, shownYear)}
        currentYear={currentYear}
        onChange={(value) =>
          updateParams(
            (current) => {
              if (value === undefined) current.delete('year');
              else current.set('year', String(value));
              return current;
            },
            { replace: true },
          )
        }
      />
      <GoalsEditor theme={theme} goals={goals} actions={plan.data.actions} />
      {goals.map((goal) => {
        const actions = plan.data.actions.filter(
          (action) => action.goalId === goal.id && inPlanYears(action, yearFilter, currentYear),
        );
        return (
          <Card key={goal.id} role="region" aria-labelledby={`goal-${goal.id}`}>
            <Subtitle2 as="h3" id={`goal-${goal.id}`}>
              {goal.title}
            </Subtitle2>
            {actions.length === 0 ? (
              <Caption1>{t('themes.noActions')}</Caption1>
            ) : (
              <ul className={styles.actions}>
                {actions.map((action) => (
                  <li key={action.id} className={styles.action}>
                    <Text>{action.title}</Text>
                    <span>
                      <Caption1>{formatTiming(parseTiming(action.timing), language)}</Caption1>{' '}
                      <DeadlineBadge assessment={assessDeadline(action, now)} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        );
      })}
      <Subtitle1 as="h2">{t('themes.pilotsHeading')}</Subtitle1>
      {pilots.length === 0 ? (
        <Caption1>{t('themes.noPilots')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {pilots.map((pilot) => (
            <li key={pilot.id}>
              <Text>
                {pilot.title} ({pilot.year}, {t(`pilotStatus.${pilot.status}`)})
              </Text>
            </li>
          ))}
        </ul>
      )}
      <LinkedPractices filter={{ themeId: theme.id }} />
    </article>
  );
}

function TextList({ heading, items }: { heading: string; items: string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item}>
            <Body1>{item}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
