import { useDraggable } from '@dnd-kit/core';
import {
  Button,
  type ButtonProps,
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
  tokens,
  typographyStyles,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import {
  ArrowMoveRegular,
  CalendarLtrRegular,
  ReOrderDotsVerticalRegular,
  TargetArrowRegular,
} from '@fluentui/react-icons';
import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionSummary, type ActionStatus } from '../../../domain/action';
import type { DeadlineAssessment } from '../../../domain/deadlines';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { ActionOutcome } from './action-outcome';
import {
  DeadlineBadgeView,
  useDescribeDeadline,
  type DescribeDeadline,
} from '../../../ui/deadline-badge';
import { visuallyHidden } from '../../../ui/visually-hidden';
import { WARM_UP_ACTION, WARM_UP_ASSESSMENT } from '../../../ui/warm-up-sample';

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
  title: {
    ...typographyStyles.body1Strong,
    margin: 0,
    flexGrow: 1,
    textAlign: 'start',
    overflowWrap: 'anywhere',
  },
  // Plain elements with Fluent's type ramp: a thousand cards cannot afford a Text component each.
  caption: typographyStyles.caption1,
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
  hidden: visuallyHidden,
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

/** The cards' fixed words, translated once for all of them rather than by each card. */
export interface CardTexts {
  language: 'nl' | 'en';
  goal: string;
  noGoal: string;
  owner: string;
  noOwner: string;
  timing: string;
  moveTo: string;
  roleDescription: string;
  drag: (title: string) => string;
  status: Record<ActionStatus, string>;
  deadline: DescribeDeadline;
}

export function useCardTexts(): CardTexts {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const deadline = useDescribeDeadline();
  return useMemo(
    () => ({
      language,
      goal: t('board.card.goal'),
      noGoal: t('board.card.noGoal'),
      owner: t('board.card.owner'),
      noOwner: t('board.card.noOwner'),
      timing: t('board.card.timing'),
      moveTo: t('board.card.moveTo'),
      roleDescription: t('board.dnd.roleDescription'),
      drag: (title) => t('board.card.drag', { title }),
      status: Object.fromEntries(
        ACTION_STATUSES.map((status) => [status, t(`status.${status}`)]),
      ) as Record<ActionStatus, string>,
      deadline,
    }),
    [language, t, deadline],
  );
}

export interface ActionCardProps {
  action: ActionSummary;
  texts: CardTexts;
  goalTitle: string | undefined;
  assessment: DeadlineAssessment;
  /** Opens the action; without it the title is plain text (the copy that follows a drag). */
  onOpen?: (action: ActionSummary) => void;
  /** Given when the viewer may change the action: the card gets a drag handle and a move menu. */
  onMove?: (action: ActionSummary, status: ActionStatus) => void;
  /** Set on a card that takes the focus: moved by its menu, saved in the dialog, shown by "Toon nog". */
  focusTitle?: boolean;
  onTitleFocused?: () => void;
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  return [...keys].every((key) => Object.is(a[key], b[key]));
}

/** The board assesses all deadlines afresh on each render; a card re-renders only if its own changed. */
function sameCard(
  { assessment: before, ...rest }: ActionCardProps,
  { assessment: after, ...next }: ActionCardProps,
): boolean {
  return shallowEqual(before, after) && shallowEqual(rest, next);
}

/** One action: title, goal, owner, timing as the plan writes it, and its deadline in words. */
export const ActionCard = memo(function ActionCard({
  action,
  texts,
  goalTitle,
  assessment,
  onOpen,
  onMove,
  focusTitle = false,
  onTitleFocused,
}: ActionCardProps) {
  const styles = useStyles();
  const titleId = useId();
  const titleRef = useRef<HTMLButtonElement>(null);
  // The action dialog opens without a DialogTrigger; closing it brings the focus back here.
  const restoreFocusTarget = useRestoreFocusTarget();
  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.focus();
    onTitleFocused?.();
  }, [focusTitle, onTitleFocused]);
  const timing = formatTiming(parseTiming(action.timing), texts.language);
  const heading = (
    <h3 className={styles.title} id={titleId}>
      {onOpen ? (
        <Link as="button" ref={titleRef} {...restoreFocusTarget} onClick={() => onOpen(action)}>
          {action.title}
        </Link>
      ) : (
        action.title
      )}
    </h3>
  );
  const details = (
    <>
      <span className={mergeClasses(styles.caption, styles.goal)} title={goalTitle}>
        <TargetArrowRegular aria-hidden /> <span className={styles.hidden}>{texts.goal}: </span>
        {goalTitle ?? texts.noGoal}
      </span>
      <div className={styles.line}>
        <span className={styles.hidden}>{texts.owner}: </span>
        {action.owner ? (
          <Persona size="extra-small" name={action.owner.name} />
        ) : (
          <span className={styles.caption}>{texts.noOwner}</span>
        )}
      </div>
      <div className={styles.line}>
        <span className={mergeClasses(styles.caption, styles.line)}>
          <CalendarLtrRegular aria-hidden />
          <span className={styles.hidden}>{texts.timing}: </span>
          {timing}
        </span>
        <DeadlineBadgeView state={assessment.state} words={texts.deadline(assessment)} />
      </div>
      {action.closure && <ActionOutcome action={action} />}
      {onMove && (
        <div className={styles.actions}>
          <MoveMenu action={action} texts={texts} describedBy={titleId} onMove={onMove} />
        </div>
      )}
    </>
  );
  return onMove ? (
    <DraggableFrame
      action={action}
      titleId={titleId}
      handleLabel={texts.drag(action.title)}
      roleDescription={texts.roleDescription}
      heading={heading}
    >
      {details}
    </DraggableFrame>
  ) : (
    <article className={styles.card} aria-labelledby={titleId}>
      <div className={styles.top}>{heading}</div>
      {details}
    </article>
  );
}, sameCard);

const noOpen = () => {};

/** A hidden card for the board's loading state (see `WARM_UP_ACTION`). */
export function ActionCardWarmUp() {
  const texts = useCardTexts();
  return (
    <div hidden>
      <ActionCard
        action={WARM_UP_ACTION}
        texts={texts}
        goalTitle={undefined}
        assessment={WARM_UP_ASSESSMENT}
        onOpen={noOpen}
      />
    </div>
  );
}

/**
 * "Verplaats naar…" and its menu. A Fluent Menu per card costs more than the rest of the card, so
 * the button mounts its Menu at the first use; the menu then takes the focus, and gives it back
 * to the button (now the Menu's trigger) when it closes.
 */
function MoveMenu({
  action,
  texts,
  describedBy,
  onMove,
}: {
  action: ActionSummary;
  texts: CardTexts;
  describedBy: string;
  onMove: (action: ActionSummary, status: ActionStatus) => void;
}) {
  // Undefined until the first use: no Menu yet.
  const [open, setOpen] = useState<boolean>();
  const trigger = {
    size: 'small',
    appearance: 'subtle',
    icon: <ArrowMoveRegular />,
    'aria-describedby': describedBy,
    'aria-haspopup': 'menu',
    children: texts.moveTo,
  } satisfies ButtonProps;
  if (open === undefined) {
    return (
      <Button
        {...trigger}
        onClick={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setOpen(true);
        }}
      />
    );
  }
  return (
    <Menu open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <Button {...trigger} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {ACTION_STATUSES.filter((status) => status !== action.status).map((status) => (
            <MenuItem key={status} onClick={() => onMove(action, status)}>
              {texts.status[status]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

// One element for all handles, so re-rendering a handle never reaches its icon.
const HANDLE_ICON = <ReOrderDotsVerticalRegular aria-hidden />;

interface DraggableFrameProps {
  action: ActionSummary;
  titleId: string;
  handleLabel: string;
  roleDescription: string;
  heading: ReactNode;
  children: ReactNode;
}

/**
 * The card's frame and its drag handle (pointer, touch and keyboard). dnd-kit re-renders every
 * `useDraggable` user when a drag starts, crosses a column or ends; the card's content comes in
 * as elements its memoized card made, so those renders stop at the frame and never reach it.
 */
function DraggableFrame({
  action,
  titleId,
  handleLabel,
  roleDescription,
  heading,
  children,
}: DraggableFrameProps) {
  const styles = useStyles();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: action.id,
    data: { action },
    attributes: { roleDescription },
  });
  return (
    <article
      ref={setNodeRef}
      className={mergeClasses(styles.card, isDragging && styles.dragging)}
      aria-labelledby={titleId}
    >
      <div className={styles.top}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={styles.handle}
          {...attributes}
          {...listeners}
          aria-label={handleLabel}
        >
          {HANDLE_ICON}
        </button>
        {heading}
      </div>
      {children}
    </article>
  );
}
