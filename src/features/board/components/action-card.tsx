import { useDraggable } from '@dnd-kit/core';
import {
  Button,
  Caption1,
  createFocusOutlineStyle,
  Link,
  makeStyles,
  mergeClasses,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Persona,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowMoveRegular,
  CalendarLtrRegular,
  ReOrderDotsVerticalRegular,
  TargetArrowRegular,
} from '@fluentui/react-icons';
import { useEffect, useId, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../../domain/action';
import { assessDeadline } from '../../../domain/deadlines';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { useNow } from '../../../ui/clock';
import { DeadlineBadge } from '../../../ui/deadline-badge';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  dragging: { opacity: 0.4 },
  top: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  handle: {
    flexShrink: 0,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '24px',
    minHeight: '24px',
    padding: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    cursor: 'grab',
    // Touch drags would otherwise scroll the page instead of moving the card.
    touchAction: 'none',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground1,
    },
    ...createFocusOutlineStyle(),
  },
  title: { flexGrow: 1, textAlign: 'start', overflowWrap: 'anywhere' },
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  goal: {
    color: tokens.colorNeutralForeground2,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

export interface ActionCardProps {
  action: Action;
  goalTitle: string | undefined;
  /** Opens the action; without it the title is plain text (the copy that follows a drag). */
  onOpen?: (action: Action) => void;
  handle?: ReactNode;
  footer?: ReactNode;
  cardRef?: Ref<HTMLElement>;
  className?: string;
  /** Set on the card just moved by its menu: it remounts in its new column and takes the focus. */
  focusTitle?: boolean;
  onTitleFocused?: () => void;
}

/** One action: title, goal, owner, timing as the plan writes it, and its deadline in words. */
export function ActionCard({
  action,
  goalTitle,
  onOpen,
  handle,
  footer,
  cardRef,
  className,
  focusTitle = false,
  onTitleFocused,
}: ActionCardProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const titleId = useId();
  const titleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.focus();
    onTitleFocused?.();
  }, [focusTitle, onTitleFocused]);
  const timing = formatTiming(parseTiming(action.timing), i18n.language === 'en' ? 'en' : 'nl');
  return (
    <article
      ref={cardRef}
      className={mergeClasses(styles.card, className)}
      aria-labelledby={titleId}
    >
      <div className={styles.top}>
        {handle}
        <Text as="h3" weight="semibold" className={styles.title} id={titleId}>
          {onOpen ? (
            <Link as="button" ref={titleRef} onClick={() => onOpen(action)}>
              {action.title}
            </Link>
          ) : (
            action.title
          )}
        </Text>
      </div>
      <Caption1 className={styles.goal} title={goalTitle}>
        <TargetArrowRegular aria-hidden />{' '}
        <span className={styles.hidden}>{t('board.card.goal')}: </span>
        {goalTitle ?? t('board.card.noGoal')}
      </Caption1>
      <div className={styles.line}>
        <span className={styles.hidden}>{t('board.card.owner')}: </span>
        {action.owner ? (
          <Persona size="extra-small" name={action.owner.name} />
        ) : (
          <Caption1>{t('board.card.noOwner')}</Caption1>
        )}
      </div>
      <div className={styles.line}>
        <Caption1 className={styles.line}>
          <CalendarLtrRegular aria-hidden />
          <span className={styles.hidden}>{t('board.card.timing')}: </span>
          {timing}
        </Caption1>
        <DeadlineBadge assessment={assessDeadline(action, now)} />
      </div>
      {footer}
    </article>
  );
}

export interface DraggableActionCardProps {
  action: Action;
  goalTitle: string | undefined;
  onOpen: (action: Action) => void;
  onMove: (action: Action, status: ActionStatus) => void;
  focusTitle: boolean;
  onTitleFocused: () => void;
}

/** A card its viewer may change: a drag handle (pointer, touch and keyboard) and a move menu. */
export function DraggableActionCard({ action, onMove, ...card }: DraggableActionCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const titleId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: action.id,
    data: { action },
    attributes: { roleDescription: t('board.dnd.roleDescription') },
  });
  return (
    <ActionCard
      {...card}
      action={action}
      cardRef={setNodeRef}
      className={isDragging ? styles.dragging : undefined}
      handle={
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={styles.handle}
          {...attributes}
          {...listeners}
          aria-label={t('board.card.drag', { title: action.title })}
        >
          <ReOrderDotsVerticalRegular aria-hidden />
        </button>
      }
      footer={
        <div className={styles.actions}>
          <span id={titleId} hidden>
            {action.title}
          </span>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowMoveRegular />}
                aria-describedby={titleId}
              >
                {t('board.card.moveTo')}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {ACTION_STATUSES.filter((status) => status !== action.status).map((status) => (
                  <MenuItem key={status} onClick={() => onMove(action, status)}>
                    {t(`status.${status}`)}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      }
    />
  );
}
