import { useDroppable } from '@dnd-kit/core';
import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../domain/action';

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  empty: {
    padding: tokens.spacingVerticalM,
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * A status column and drop target; the heading names the status and how many actions it holds
 * (the filtered ones, mounted or not). It re-renders on every drag change; `children` does not.
 */
export function BoardColumn({
  status,
  count,
  headingId,
  children,
}: {
  status: ActionStatus;
  count: number;
  headingId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section
      ref={setNodeRef}
      className={mergeClasses(styles.column, isOver && styles.over)}
      aria-labelledby={headingId}
    >
      <div className={styles.header}>
        <Subtitle2 as="h2" id={headingId}>
          {t(`status.${status}`)}
        </Subtitle2>
        <Caption1>{t('board.count', { count })}</Caption1>
      </div>
      {count === 0 ? (
        <Caption1 className={styles.empty}>{t('board.emptyColumn')}</Caption1>
      ) : (
        children
      )}
    </section>
  );
}
