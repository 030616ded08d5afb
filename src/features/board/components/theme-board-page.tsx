import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Title2,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, DismissRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ACTION_STATUSES, type ActionSummary, type ActionStatus } from '../../../domain/action';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { planYearsOf } from '../../../domain/plan-year';
import { isDataError } from '../../../data/errors';
import type { CurrentUser, ThemeBoard } from '../../../data/repositories';
import { AppLink } from '../../../ui/app-link';
import { useNow } from '../../../ui/clock';
import { useSearchState } from '../../../ui/use-search-state';
import { LiveRegion } from '../../../ui/live-region';
import { LoadError, useErrorText } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { useThemeBoard } from '../api/get-theme-board';
import { useMoveAction } from '../api/move-action';
import {
  hasFilters,
  matchesFilters,
  NO_FILTERS,
  quarterChoices,
  readFilters,
  writeFilters,
  type BoardFilters,
} from '../board-filters';
import { assessBoard, columnsOf } from '../board-paging';
import { ActionCardWarmUp } from './action-card';
import { ActionDialog } from './action-dialog';
import { BoardColumns } from './board-columns';
import { BoardFilterBar } from './board-filter-bar';
import { BoardPlanYearsContext, planYearsById } from './action-outcome';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  skeleton: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  skeletonColumn: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Only the theme's owner and the coordinator change a theme's actions. */
function mayChange(user: CurrentUser | undefined, board: ThemeBoard): boolean {
  return user !== undefined && (user.isCoordinator || board.theme.owner?.id === user.id);
}

type DialogTarget = { kind: 'create' } | { kind: 'open'; action: ActionSummary };

interface MoveFailure {
  title: string;
  error: unknown;
}

/** A theme's actions by status, to filter, move, create and edit (route `/themes/:key/board`). */
export function ThemeBoardPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const styles = useStyles();
  const board = useThemeBoard(key);
  const user = useCurrentUser();

  // Wait for the user too, so editing controls do not pop in after the cards.
  if (board.data === undefined || user.isPending) {
    if (board.isPending || user.isPending) return <BoardSkeleton />;
    if (isDataError(board.error, 'not-found')) {
      return (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('board.notFound')} <AppLink to="/">{t('board.backToOverview')}</AppLink>
          </MessageBarBody>
        </MessageBar>
      );
    }
    return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  }
  return (
    <section className={styles.page} aria-labelledby="board-heading">
      <Board board={board.data} userQuery={user} />
    </section>
  );
}

function Board({
  board,
  userQuery,
}: {
  board: ThemeBoard;
  userQuery: ReturnType<typeof useCurrentUser>;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const errorText = useErrorText();
  const themeKey = board.theme.key;
  const { mutateAsync: saveMove } = useMoveAction(themeKey);
  const [params, updateParams] = useSearchState();
  const filters = readFilters(params);
  // A deep link (`?action=12`, from Teams or a notification) opens that action at once.
  const [linked] = useState(() =>
    board.actions.find((action) => String(action.id) === params.get('action')),
  );
  const [dialog, setDialog] = useState<DialogTarget | undefined>(
    linked && { kind: 'open', action: linked },
  );
  const [moveFailure, setMoveFailure] = useState<MoveFailure>();
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ id: number; status: ActionStatus }>();
  const [kept, setKept] = useState<ReadonlySet<number>>(() => new Set(linked ? [linked.id] : []));
  // The action dialog opens without a DialogTrigger; closing it brings the focus back here.
  const restoreFocusTarget = useRestoreFocusTarget();
  const user = userQuery.data;
  const canEdit = mayChange(user, board);

  const setFilters = (next: BoardFilters) =>
    updateParams((current) => writeFilters(next, current), { replace: true });
  const closeDialog = () => {
    setDialog(undefined);
    if (!params.has('action')) return;
    updateParams(
      (current) => {
        current.delete('action');
        return current;
      },
      { replace: true },
    );
  };
  const deadlineOf = assessBoard(board.actions, now);
  const currentYear = yearOf(calendarDateIn(now));
  // A card moved or saved here stays in view even if it no longer fits the filters (a 2025
  // action set to Gereed leaves the default view): it does not vanish under the user's hands.
  const visible = board.actions.filter(
    (action) =>
      kept.has(action.id) ||
      matchesFilters(action, filters, {
        currentUserId: user?.id,
        currentYear,
        stateOf: (candidate) => deadlineOf(candidate).state,
      }),
  );
  const columns = columnsOf(visible, deadlineOf);
  const planYears = planYearsById(board.actions);
  const goalTitleOf = (action: ActionSummary) =>
    board.goals.find((goal) => goal.id === action.goalId)?.title;
  const notice =
    moveFailure &&
    (isDataError(moveFailure.error, 'conflict')
      ? t('board.moveConflict', { title: moveFailure.title })
      : t('board.moveFailed', { title: moveFailure.title, reason: errorText(moveFailure.error) }));

  // Stable, so that the memoized cards skip the board's renders.
  const keep = useCallback(
    (id: number) => setKept((current) => (current.has(id) ? current : new Set(current).add(id))),
    [setKept],
  );
  const openAction = useCallback(
    (action: ActionSummary) => {
      keep(action.id);
      setDialog({ kind: 'open', action });
    },
    [keep, setDialog],
  );
  const clearFocusTarget = useCallback(() => setFocusTarget(undefined), [setFocusTarget]);
  const moveAction = useCallback(
    (action: ActionSummary, status: ActionStatus, byMenu: boolean) => {
      const column = t(`status.${status}`);
      setMoveFailure(undefined);
      keep(action.id);
      // A card moved by its menu remounts in its new column; the focus goes with it, and back.
      setFocusTarget(byMenu ? { id: action.id, status } : undefined);
      saveMove({ action, status }).then(
        () => setAnnouncement(t('board.moved', { title: action.title, column })),
        (error: unknown) => {
          if (byMenu) setFocusTarget({ id: action.id, status: action.status });
          setMoveFailure({ title: action.title, error });
        },
      );
    },
    [keep, saveMove, setAnnouncement, setFocusTarget, setMoveFailure, t],
  );

  return (
    <>
      <AppLink to={`/themes/${themeKey}`}>
        <ArrowLeftRegular aria-hidden /> {t('board.backToTheme')}
      </AppLink>
      <div className={styles.header}>
        <Title2 as="h1" id="board-heading">
          {t('board.heading', { theme: board.theme.name })}
        </Title2>
        {canEdit && (
          <Button
            appearance="primary"
            icon={<AddRegular />}
            {...restoreFocusTarget}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('board.newAction')}
          </Button>
        )}
      </div>
      {userQuery.isError ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('board.userFailed')} {errorText(userQuery.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void userQuery.refetch()}>{t('app.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        user &&
        !canEdit && (
          <MessageBar intent="info">
            <MessageBarBody>{t('board.readOnly')}</MessageBarBody>
          </MessageBar>
        )
      )}
      {board.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('board.problems', { count: board.problems.length })}</MessageBarBody>
        </MessageBar>
      )}
      <BoardFilterBar
        filters={filters}
        onChange={setFilters}
        quarters={quarterChoices(board.actions, now, filters.quarter)}
        years={planYearsOf(
          board.actions,
          currentYear,
          ...(typeof filters.year === 'number' ? [filters.year] : []),
        )}
        currentYear={currentYear}
        goals={board.goals}
        pilots={board.pilots}
        canFilterMine={user !== undefined}
        shown={visible.length}
        total={board.actions.length}
      />
      {notice && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t('board.dismiss')}
                onClick={() => setMoveFailure(undefined)}
              />
            }
          />
        </MessageBar>
      )}
      {board.actions.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('board.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        visible.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{t('board.noMatches')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setFilters(NO_FILTERS)}>{t('board.filters.clear')}</Button>
            </MessageBarActions>
          </MessageBar>
        )
      )}
      {(visible.length > 0 || !hasFilters(filters)) && (
        <BoardPlanYearsContext.Provider value={planYears}>
          <BoardColumns
            columns={columns}
            deadlineOf={deadlineOf}
            goalTitleOf={goalTitleOf}
            canEdit={canEdit}
            kept={kept}
            onOpen={openAction}
            onMove={moveAction}
            focusTarget={focusTarget}
            onFocused={clearFocusTarget}
          />
        </BoardPlanYearsContext.Provider>
      )}
      <LiveRegion message={announcement} />
      {dialog && (
        <ActionDialog
          board={board}
          action={dialog.kind === 'open' ? dialog.action : undefined}
          canEdit={canEdit}
          defaultGoalId={filters.goalId}
          onClose={closeDialog}
          onDone={(message, saved) => {
            // The dialog goes at once, before it can hand the focus back: the card takes it.
            if (saved) {
              keep(saved.id);
              setFocusTarget({ id: saved.id, status: saved.status });
            }
            closeDialog();
            setAnnouncement(message);
          }}
        />
      )}
    </>
  );
}

function BoardSkeleton() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      <Skeleton className={styles.skeleton} aria-label={t('app.loading')} aria-busy>
        {ACTION_STATUSES.map((status) => (
          <div key={status} className={styles.skeletonColumn}>
            <SkeletonItem size={24} />
            <SkeletonItem size={96} />
            <SkeletonItem size={96} />
          </div>
        ))}
      </Skeleton>
      <ActionCardWarmUp />
    </>
  );
}
