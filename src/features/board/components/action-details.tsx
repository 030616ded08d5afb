import {
  Body1,
  Caption1,
  makeStyles,
  Persona,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ActionSummary } from '../../../domain/action';
import { assessDeadline } from '../../../domain/deadlines';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { useNow } from '../../../ui/clock';
import { DeadlineBadge } from '../../../ui/deadline-badge';
import { useFormatDate } from '../../../ui/format-date';
import type { ActionBoard } from '../action-board';
import { useOutcomeText } from './action-outcome';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(100px, max-content) 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The action for someone who may read but not change it: the card's fields at once, its
 * description and progress notes (`texts`) once read; until then a spinner, or, when the read
 * failed, an ellipsis (the dialog says why).
 */
export function ActionDetails({
  action,
  texts,
  board,
}: {
  action: ActionSummary;
  texts: Pick<Action, 'description' | 'progressNotes'> | 'loading' | 'failed';
  board: ActionBoard;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const formatDate = useFormatDate();
  const goal = board.goals.find((candidate) => candidate.id === action.goalId);
  const outcome = useOutcomeText()(action);
  const pilots = board.pilots.filter((pilot) => action.pilotIds.includes(pilot.id));
  const row = (term: string, value: ReactNode) => (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
  return (
    <dl className={styles.list}>
      {board.theme && row(t('actionForm.goal'), goal?.title ?? t('actionForm.noGoal'))}
      {row(t('actionForm.status'), t(`status.${action.status}`))}
      {row(t('planUpdate.action.planYear'), action.planYear)}
      {outcome && row(t('planUpdate.action.outcome'), outcome)}
      {row(
        t('actionForm.owner'),
        action.owner ? (
          <Persona size="extra-small" name={action.owner.name} />
        ) : (
          t('actionForm.noOwner')
        ),
      )}
      {row(
        t('actionForm.timing'),
        <>
          {formatTiming(parseTiming(action.timing), i18n.language === 'en' ? 'en' : 'nl')}{' '}
          <DeadlineBadge assessment={assessDeadline(action, now)} />
        </>,
      )}
      {row(
        t('actionForm.pilots'),
        pilots.length > 0 ? pilots.map((pilot) => pilot.title).join(', ') : '–',
      )}
      {row(
        t('actionForm.description'),
        texts === 'loading' ? (
          <Spinner size="tiny" labelPosition="after" label={t('actionForm.loadingAction')} />
        ) : texts === 'failed' ? (
          '…'
        ) : texts.description ? (
          <Body1>{texts.description}</Body1>
        ) : (
          '–'
        ),
      )}
      {row(
        t('actionForm.notes'),
        typeof texts === 'string' ? (
          '…'
        ) : texts.progressNotes.length === 0 ? (
          <Caption1>{t('actionForm.noNotes')}</Caption1>
        ) : (
          <ul className={styles.notes}>
            {texts.progressNotes.map((note, index) => (
              <li key={`${note.date}-${index}`}>
                <Text weight="semibold">{formatDate(note.date)}</Text>: {note.text}
              </li>
            ))}
          </ul>
        ),
      )}
    </dl>
  );
}
