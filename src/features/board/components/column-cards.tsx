import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSummary, ActionStatus } from '../../../domain/action';
import { columnPage, COLUMN_PAGE_SIZE, type DeadlineOf } from '../board-paging';
import { ActionCard, type CardTexts } from './action-card';

const useStyles = makeStyles({
  cards: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: '48px',
  },
  more: { alignSelf: 'center' },
});

export interface ColumnCardsProps {
  /** The column's actions, in the order they show. */
  actions: ActionSummary[];
  texts: CardTexts;
  /** The column's heading, which says which column a "Toon nog" belongs to. */
  headingId: string;
  deadlineOf: DeadlineOf;
  goalTitleOf: (action: ActionSummary) => string | undefined;
  canEdit: boolean;
  /** Cards the user moved, opened or created: mounted even beyond the column's page. */
  kept: ReadonlySet<number>;
  onOpen: (action: ActionSummary) => void;
  onMove: (action: ActionSummary, status: ActionStatus) => void;
  /** The card to take the focus where it shows: just moved by its menu, or saved in the dialog. */
  focusTarget: { id: number; status: ActionStatus } | undefined;
  onFocused: () => void;
}

/** A column's cards, a page at a time; "Toon nog" mounts the next page and focuses its first card. */
export const ColumnCards = memo(function ColumnCards({
  actions,
  texts,
  headingId,
  deadlineOf,
  goalTitleOf,
  canEdit,
  kept,
  onOpen,
  onMove,
  focusTarget,
  onFocused,
}: ColumnCardsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [limit, setLimit] = useState(COLUMN_PAGE_SIZE);
  const [shownFirst, setShownFirst] = useState<number>();
  const { mounted, more } = columnPage(actions, limit, kept);
  const focused = useCallback(() => {
    setShownFirst(undefined);
    onFocused();
  }, [onFocused]);
  return (
    <>
      <ul className={styles.cards}>
        {mounted.map((action) => (
          <li key={action.id}>
            <ActionCard
              action={action}
              texts={texts}
              goalTitle={goalTitleOf(action)}
              assessment={deadlineOf(action)}
              onOpen={onOpen}
              onMove={canEdit ? onMove : undefined}
              focusTitle={
                action.id === shownFirst ||
                (action.id === focusTarget?.id && action.status === focusTarget.status)
              }
              onTitleFocused={focused}
            />
          </li>
        ))}
      </ul>
      {more && (
        <Button
          className={styles.more}
          aria-describedby={headingId}
          onClick={() => {
            setLimit(more.limit);
            setShownFirst(more.first.id);
          }}
        >
          {t('board.showMore', { count: more.count })}
        </Button>
      )}
    </>
  );
});
