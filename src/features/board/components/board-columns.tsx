import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionSummary, type ActionStatus } from '../../../domain/action';
import type { DeadlineOf } from '../board-paging';
import { ActionCard, useCardTexts } from './action-card';
import { BoardColumn } from './board-column';
import { ColumnCards } from './column-cards';
import { PromptKeyboardSensor } from './prompt-keyboard-sensor';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function isStatus(id: UniqueIdentifier | undefined): id is ActionStatus {
  return (ACTION_STATUSES as readonly UniqueIdentifier[]).includes(id ?? '');
}

function actionOf(active: Active): ActionSummary | undefined {
  return (active.data.current as { action?: ActionSummary } | undefined)?.action;
}

export interface BoardColumnsProps {
  /** The filtered actions per status, in the order they show. */
  columns: Record<ActionStatus, ActionSummary[]>;
  deadlineOf: DeadlineOf;
  goalTitleOf: (action: ActionSummary) => string | undefined;
  canEdit: boolean;
  /** Cards the user moved, opened or created: mounted even beyond their column's page. */
  kept: ReadonlySet<number>;
  onOpen: (action: ActionSummary) => void;
  onMove: (action: ActionSummary, status: ActionStatus, byMenu: boolean) => void;
  /** The card to take the focus where it shows: just moved by its menu, or saved in the dialog. */
  focusTarget: { id: number; status: ActionStatus } | undefined;
  onFocused: () => void;
}

/**
 * The four status columns. Cards move by pointer, touch or keyboard; with the keyboard the arrow
 * keys step from column to column in status order, whatever the layout (the columns wrap on a
 * narrow Teams pane, where moving by screen position would skip or repeat columns).
 */
export function BoardColumns({
  columns,
  deadlineOf,
  goalTitleOf,
  canEdit,
  kept,
  onOpen,
  onMove,
  focusTarget,
  onFocused,
}: BoardColumnsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingIds = useId();
  const texts = useCardTexts();
  const [dragged, setDragged] = useState<ActionSummary>();
  // The column a keyboard drag is over; null while the pointer decides. Set at each drag start.
  const keyboardTarget = useRef<ActionStatus | null>(null);
  const leftOrigin = useRef(false);

  const keyboardCoordinates: KeyboardCoordinateGetter = useCallback(
    (event, { context, currentCoordinates }) => {
      const step = STEP[event.code];
      if (step === undefined || keyboardTarget.current === null) return undefined;
      const index = ACTION_STATUSES.indexOf(keyboardTarget.current) + step;
      const next = ACTION_STATUSES[Math.min(Math.max(index, 0), ACTION_STATUSES.length - 1)];
      if (next === undefined) return undefined;
      keyboardTarget.current = next;
      const rect = context.droppableRects.get(next);
      return rect ? { x: rect.left, y: rect.top } : currentCoordinates;
    },
    [],
  );
  const collisionDetection: CollisionDetection = useCallback((args) => {
    if (keyboardTarget.current !== null) return [{ id: keyboardTarget.current }];
    const underPointer = pointerWithin(args);
    return underPointer.length > 0 ? underPointer : rectIntersection(args);
  }, []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

  const moveByMenu = useCallback(
    (action: ActionSummary, status: ActionStatus) => onMove(action, status, true),
    [onMove],
  );

  // A keyboard drop goes where the arrow keys last pointed: dnd-kit's `over` follows a render
  // later, so a quick Space after an arrow key would put the card back in its own column.
  const dropTargetOf = (over: Over | null): ActionStatus | undefined =>
    keyboardTarget.current ?? (isStatus(over?.id) ? over.id : undefined);
  const titleOf = (active: Active) => actionOf(active)?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.dnd.pickedUp', { title: titleOf(active) }),
    onDragOver: ({ active, over }) => {
      if (!isStatus(over?.id)) return t('board.dnd.notOver', { title: titleOf(active) });
      const column = t(`status.${over.id}`);
      if (over.id !== actionOf(active)?.status) {
        leftOrigin.current = true;
        return t('board.dnd.over', { title: titleOf(active), column });
      }
      // Being over its own column at the start is no news, and would cut off "opgepakt".
      return leftOrigin.current
        ? t('board.dnd.overCurrent', { title: titleOf(active), column })
        : undefined;
    },
    onDragEnd: ({ active, over }) => {
      const target = dropTargetOf(over);
      return target
        ? t('board.dnd.dropped', { title: titleOf(active), column: t(`status.${target}`) })
        : t('board.dnd.droppedNowhere', { title: titleOf(active) });
    },
    onDragCancel: ({ active }) => t('board.dnd.cancelled', { title: titleOf(active) }),
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const action = actionOf(active);
    setDragged(action);
    leftOrigin.current = false;
    keyboardTarget.current =
      activatorEvent instanceof KeyboardEvent && action ? action.status : null;
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const action = actionOf(active);
    const target = dropTargetOf(over);
    setDragged(undefined);
    if (action && target && target !== action.status) onMove(action, target, false);
  };
  const onDragCancel = () => setDragged(undefined);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('board.dnd.instructions') },
      }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className={styles.columns}>
        {ACTION_STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            count={columns[status].length}
            headingId={`${headingIds}-${status}`}
          >
            <ColumnCards
              actions={columns[status]}
              texts={texts}
              headingId={`${headingIds}-${status}`}
              deadlineOf={deadlineOf}
              goalTitleOf={goalTitleOf}
              canEdit={canEdit}
              kept={kept}
              onOpen={onOpen}
              onMove={moveByMenu}
              focusTarget={focusTarget}
              onFocused={onFocused}
            />
          </BoardColumn>
        ))}
      </div>
      <DragOverlay>
        {dragged && (
          <ActionCard
            action={dragged}
            texts={texts}
            goalTitle={goalTitleOf(dragged)}
            assessment={deadlineOf(dragged)}
          />
        )}
      </DragOverlay>
    </DndContext>
  );
}
