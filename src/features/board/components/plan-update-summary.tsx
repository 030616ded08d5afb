import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../../../data/errors';
import type { PlanUpdateProgress, StoredPlanUpdate } from '../../../data/repositories';
import { AppLink } from '../../../ui/app-link';
import { useErrorText } from '../../../ui/query-states';
import { useApplyPlanUpdate } from '../api/plan-update';
import { tallyOf, type PlanUpdateStep, type PlanUpdateTally } from '../plan-update-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tally: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  count: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const TALLY_ROWS = ['carry', 'done', 'stop', 'added', 'targets', 'undecided'] as const;

function writtenOf(progress: unknown): number {
  const { created = 0, closed = 0, targets = 0 } = (progress ?? {}) as Partial<PlanUpdateProgress>;
  return created + closed + targets;
}

/** The draft in numbers, what is left to decide, and “Toepassen” with its progress and result. */
export function PlanUpdateSummary({
  steps,
  stepTitleOf,
  stored,
  onGoTo,
  onReload,
  onPrevious,
}: {
  steps: readonly PlanUpdateStep[];
  stepTitleOf: (step: PlanUpdateStep) => string;
  stored: StoredPlanUpdate;
  onGoTo: (index: number) => void;
  onReload: () => void;
  onPrevious: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const errorText = useErrorText();
  const { year } = stored.draft;
  const apply = useApplyPlanUpdate(year);
  const tally = tallyOf(steps, stored.draft);
  // The writes of the apply that started, for “x of y”: a retry writes only what is left.
  const [total, setTotal] = useState(0);
  const version = stored.version;
  const start = (counts: PlanUpdateTally) => {
    if (!version) return;
    setTotal(counts.writes);
    apply.mutate(version);
  };
  const undecided = steps.flatMap((step, index) =>
    step.actions
      .filter((action) => !stored.draft.choices[String(action.id)])
      .map((action) => ({ action, step, index })),
  );
  const blocked = tally.undecided > 0 || tally.writes === 0 || !version;

  return (
    <section className={styles.root} aria-labelledby="plan-update-summary">
      <Subtitle2 as="h2" id="plan-update-summary">
        {t('planUpdate.summary')}
      </Subtitle2>
      <Body1>{t('planUpdate.summaryIntro', { year })}</Body1>
      <dl className={styles.tally}>
        {TALLY_ROWS.map((row) => (
          <div key={row} className={styles.pair}>
            <dt>{t(`planUpdate.tally.${row}`, { year })}</dt>
            <dd className={styles.count}>{tally[row]}</dd>
          </div>
        ))}
      </dl>
      {undecided.length > 0 && (
        <section aria-labelledby="plan-update-undecided">
          <Subtitle2 as="h3" id="plan-update-undecided">
            {t('planUpdate.undecidedList')}
          </Subtitle2>
          <ul className={styles.list}>
            {undecided.map(({ action, step, index }) => (
              <li key={action.id}>
                {t('planUpdate.undecidedIn', { title: action.title, step: stepTitleOf(step) })}{' '}
                <Button appearance="transparent" size="small" onClick={() => onGoTo(index)}>
                  {t('planUpdate.toStep', { step: stepTitleOf(step) })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {apply.isPending && (
        <ProgressBar
          aria-label={t('planUpdate.applying')}
          aria-valuetext={t('planUpdate.applying')}
        />
      )}
      <div role="status" aria-live="polite">
        {apply.isPending && <Body1>{t('planUpdate.applying')}</Body1>}
      </div>
      {apply.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('planUpdate.applied', { year, ...apply.data })}
            <ul className={styles.list}>
              {steps.flatMap((step) =>
                step.theme
                  ? [
                      <li key={step.key}>
                        <AppLink to={`/themes/${step.theme.key}/board?year=${year}`}>
                          {t('planUpdate.toBoard', { theme: step.theme.name, year })}
                        </AppLink>
                      </li>,
                    ]
                  : [],
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {apply.isError &&
        (isDataError(apply.error, 'conflict') ? (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{t('planUpdate.conflictTitle')}</MessageBarTitle>
              {t('planUpdate.applyConflict')}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onReload}>{t('planUpdate.reload')}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {t('planUpdate.applyFailed', {
                done: writtenOf(isDataError(apply.error) ? apply.error.current : undefined),
                total,
                reason: errorText(apply.error),
              })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => start(tally)} disabled={!version}>
                {t('planUpdate.retry')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ))}

      {!apply.isSuccess && (
        <>
          {blocked && !apply.isError && (
            <Body1>
              {tally.undecided > 0 ? t('planUpdate.decideFirst') : t('planUpdate.nothingToApply')}
            </Body1>
          )}
          <div className={styles.buttons}>
            <Button onClick={onPrevious} disabled={apply.isPending}>
              {t('planUpdate.previous')}
            </Button>
            <Button
              appearance="primary"
              disabled={blocked || apply.isPending || apply.isError}
              onClick={() => start(tally)}
            >
              {t('planUpdate.apply')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
