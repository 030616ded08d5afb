import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
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
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../../domain/action';
import { ActionCard, DraggableActionCard } from './action-card';
import { BoardColumn } from './board-column';

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

function actionOf(active: Active): Action | undefined {
  return (active.data.current as { action?: Action } | undefined)?.action;
}

export interface BoardColumnsProps {
  columns: Record<ActionStatus, Action[]>;
  goalTitleOf: (action: Action) => string | undefined;
  canEdit: boolean;
  onOpen: (action: Action) => void;
  onMove: (action: Action, status: ActionStatus, byMenu: boolean) => void;
  /** The card just moved by its menu and the column it is shown in, to keep the focus on it. */
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
  goalTitleOf,
  canEdit,
  onOpen,
  onMove,
  focusTarget,
  onFocused,
}: BoardColumnsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [dragged, setDragged] = useState<Action>();
  // The column a keyboard drag is over; null while the pointer decides.
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
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

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
    onDragEnd: ({ active, over }) =>
      isStatus(over?.id)
        ? t('board.dnd.dropped', { title: titleOf(active), column: t(`status.${over.id}`) })
        : t('board.dnd.droppedNowhere', { title: titleOf(active) }),
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
    keyboardTarget.current = null;
    setDragged(undefined);
    if (action && isStatus(over?.id) && over.id !== action.status) {
      onMove(action, over.id, false);
    }
  };
  const onDragCancel = () => {
    keyboardTarget.current = null;
    setDragged(undefined);
  };

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
          <BoardColumn key={status} status={status} count={columns[status].length}>
            {columns[status].map((action) => (
              <li key={action.id}>
                {canEdit ? (
                  <DraggableActionCard
                    action={action}
                    goalTitle={goalTitleOf(action)}
                    onOpen={onOpen}
                    onMove={(moved, status) => onMove(moved, status, true)}
                    focusTitle={
                      action.id === focusTarget?.id && action.status === focusTarget.status
                    }
                    onTitleFocused={onFocused}
                  />
                ) : (
                  <ActionCard action={action} goalTitle={goalTitleOf(action)} onOpen={onOpen} />
                )}
              </li>
            ))}
          </BoardColumn>
        ))}
      </div>
      <DragOverlay>
        {dragged && <ActionCard action={dragged} goalTitle={goalTitleOf(dragged)} />}
      </DragOverlay>
    </DndContext>
  );
}
