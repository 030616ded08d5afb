import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowForwardRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSummary } from '../../../domain/action';

/** The plan year of each of the board's actions, by id: where a carried action went. */
export const BoardPlanYearsContext = createContext<ReadonlyMap<number, number>>(new Map());

export function planYearsById(actions: readonly ActionSummary[]): ReadonlyMap<number, number> {
  return new Map(actions.map((action) => [action.id, action.planYear]));
}

const useStyles = makeStyles({
  outcome: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
});

/** How the yearly update closed the action, in words: “Doorgeschoven naar 2027”, “Gestopt: …”. */
export function useOutcomeText(): (action: ActionSummary) => string | undefined {
  const { t } = useTranslation();
  const years = useContext(BoardPlanYearsContext);
  return ({ closure }) => {
    if (!closure) return undefined;
    if (closure.outcome === 'stopped') {
      return t('planUpdate.action.stopped', { reason: closure.reason });
    }
    const year = closure.carriedToId === undefined ? undefined : years.get(closure.carriedToId);
    return year === undefined
      ? t('planUpdate.action.carriedOn')
      : t('planUpdate.action.carriedTo', { year });
  };
}

/** The outcome on a card; render it only for a closed action (it reads the translations). */
export function ActionOutcome({ action }: { action: ActionSummary }) {
  const styles = useStyles();
  const text = useOutcomeText()(action);
  if (!text) return null;
  return (
    <Caption1 className={styles.outcome}>
      {action.closure?.outcome === 'stopped' ? (
        <DismissCircleRegular aria-hidden />
      ) : (
        <ArrowForwardRegular aria-hidden />
      )}
      {text}
    </Caption1>
  );
}
