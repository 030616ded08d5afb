import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { MAX_PLAN_YEAR, readPlanYearFilter } from '../../../domain/plan-year';
import { AppLink } from '../../../ui/app-link';
import { useNow } from '../../../ui/clock';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { useFormatDate } from '../../../ui/format-date';
import { LoadError } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { usePlan } from '../../../ui/use-plan';
import { usePlanUpdate } from '../api/plan-update';
import { planUpdateSteps, type PlanUpdateStep } from '../plan-update-form';
import { PlanUpdateStepForm } from './plan-update-step-form';
import { PlanUpdateSummary } from './plan-update-summary';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 260px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  steps: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  stepButton: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meta: { color: tokens.colorNeutralForeground2 },
});

/**
 * `/plan-update/:year`, the coordinator's wizard “Actieplan 2027 voorbereiden”: a step per theme
 * (and one for organisation-wide actions), then a summary that applies the draft. Every step is
 * saved to the shared draft, so it can be left and resumed, also by another coordinator.
 */
export function PlanUpdatePage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const today = calendarDateIn(now);
  const formatDate = useFormatDate();
  const params = useParams();
  const chosen = readPlanYearFilter(params.year ?? null);
  const year = typeof chosen === 'number' && chosen > yearOf(today) - 1 ? chosen : undefined;
  const user = useCurrentUser();
  const isCoordinator = user.data?.isCoordinator === true;
  const plan = usePlan();
  const stored = usePlanUpdate(year ?? MAX_PLAN_YEAR, isCoordinator && year !== undefined);
  // Until a step is chosen: the first with an open action still undecided, to resume there.
  const [chosenIndex, setIndex] = useState<number>();
  const [message, setMessage] = useState('');
  const dirty = useRef(false);
  const pending = useRef(0);
  const [isDirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
    setDirty(value);
  }, []);
  const go = (target: number) => {
    setMessage('');
    setIndex(target);
    dirty.current = false;
    setDirty(false);
  };
  const leave = useDiscardConfirm(isDirty, () => go(pending.current));
  const askToGo = (target: number) => {
    pending.current = target;
    leave.requestClose();
  };

  const heading = (
    <Title2 as="h1" id="plan-update-heading">
      {t('planUpdate.heading', { year: year ?? params.year })}
    </Title2>
  );
  const shell = (content: ReactNode) => (
    <section className={styles.page} aria-labelledby="plan-update-heading">
      {heading}
      {content}
      <div role="status">
        {message && (
          <MessageBar intent="success">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );

  if (year === undefined) {
    return shell(
      <MessageBar intent="warning">
        <MessageBarBody>{t('planUpdate.invalidYear')}</MessageBarBody>
      </MessageBar>,
    );
  }
  if (user.isPending) return shell(<Spinner label={t('app.loading')} />);
  if (user.isError)
    return shell(<LoadError error={user.error} onRetry={() => void user.refetch()} />);
  if (!isCoordinator) {
    return shell(
      <MessageBar intent="info">
        <MessageBarBody>{t('planUpdate.coordinatorsOnly')}</MessageBarBody>
      </MessageBar>,
    );
  }
  if (plan.isError)
    return shell(<LoadError error={plan.error} onRetry={() => void plan.refetch()} />);
  if (stored.isError) {
    return shell(<LoadError error={stored.error} onRetry={() => void stored.refetch()} />);
  }
  if (plan.isPending || stored.isPending) return shell(<Spinner label={t('planUpdate.loading')} />);

  const draft = stored.data;
  const steps = planUpdateSteps(plan.data.themes, plan.data.actions, year);
  const stepTitleOf = (step: PlanUpdateStep) => step.theme?.name ?? t('planUpdate.organisation');
  const firstOpen = steps.findIndex((candidate) =>
    candidate.actions.some((action) => !draft.draft.choices[String(action.id)]),
  );
  const index = chosenIndex ?? (firstOpen === -1 ? 0 : firstOpen);
  const onSummary = index >= steps.length;
  const reload = () => {
    void stored.refetch();
    void plan.refetch();
  };

  if (draft.draft.appliedAt && !onSummary) {
    return shell(
      <MessageBar intent="success">
        <MessageBarBody>
          {t('planUpdate.appliedAt', {
            date: formatDate(calendarDateIn(new Date(draft.draft.appliedAt))),
            year,
          })}{' '}
          {plan.data.themes.map((theme, position) => (
            <span key={theme.id}>
              {position > 0 && ' · '}
              <AppLink to={`/themes/${theme.key}/board?year=${year}`}>
                {t('planUpdate.toBoard', { theme: theme.name, year })}
              </AppLink>
            </span>
          ))}
        </MessageBarBody>
      </MessageBar>,
    );
  }

  const step = steps[index];
  return shell(
    <>
      <Body1>{t('planUpdate.intro', { year })}</Body1>
      <div className={styles.layout}>
        <nav aria-label={t('planUpdate.steps')}>
          <ol className={styles.steps}>
            {steps.map((candidate, position) => (
              <li key={candidate.key}>
                <Button
                  appearance="subtle"
                  className={mergeClasses(styles.stepButton, position === index && styles.current)}
                  aria-current={position === index ? 'step' : undefined}
                  onClick={() => askToGo(position)}
                >
                  {stepTitleOf(candidate)} (
                  {t('planUpdate.stepCount', {
                    count: candidate.actions.length,
                    decided: candidate.actions.filter(
                      (action) => draft.draft.choices[String(action.id)],
                    ).length,
                  })}
                  )
                </Button>
              </li>
            ))}
            <li>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.stepButton, onSummary && styles.current)}
                aria-current={onSummary ? 'step' : undefined}
                onClick={() => askToGo(steps.length)}
              >
                {t('planUpdate.summary')}
              </Button>
            </li>
          </ol>
        </nav>
        <div className={styles.body}>
          <Caption1 className={styles.meta}>
            {t('planUpdate.stepOf', { index: index + 1, count: steps.length + 1 })}
          </Caption1>
          {step ? (
            <>
              <Subtitle2 as="h2">{stepTitleOf(step)}</Subtitle2>
              <PlanUpdateStepForm
                // A save or a reload starts the step afresh from what is stored.
                key={`${step.key} ${draft.version ?? 'new'}`}
                step={step}
                stored={draft}
                today={today}
                isFirst={index === 0}
                onDirtyChange={onDirtyChange}
                onPrevious={() => askToGo(index - 1)}
                onReload={reload}
                onSaved={(then) => {
                  // Stay on the step saved, even once it no longer holds the first open action.
                  go(then === 'next' ? index + 1 : index);
                  setMessage(t('planUpdate.saved'));
                }}
              />
            </>
          ) : (
            <PlanUpdateSummary
              steps={steps}
              stepTitleOf={stepTitleOf}
              stored={draft}
              onGoTo={go}
              onReload={reload}
              onPrevious={() => go(steps.length - 1)}
            />
          )}
        </div>
      </div>
      <ConfirmDiscard discard={leave} onDiscard={() => go(pending.current)} />
    </>,
  );
}
