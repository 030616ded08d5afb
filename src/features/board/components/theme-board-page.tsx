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
} from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../../domain/action';
import { assessDeadline } from '../../../domain/deadlines';
import { isDataError } from '../../../data/errors';
import type { CurrentUser, ThemeBoard } from '../../../data/repositories';
import { AppLink } from '../../../ui/app-link';
import { useNow } from '../../../ui/clock';
import { LiveRegion } from '../../../ui/live-region';
import { LoadError, useErrorText } from '../../../ui/query-states';
import { useCurrentUser } from '../api/get-current-user';
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
import { ActionDialog } from './action-dialog';
import { BoardColumns } from './board-columns';
import { BoardFilterBar } from './board-filter-bar';

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

type DialogTarget = { kind: 'create' } | { kind: 'open'; action: Action };

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
  const move = useMoveAction(themeKey);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [dialog, setDialog] = useState<DialogTarget>();
  const [notice, setNotice] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ id: number; status: ActionStatus }>();
  const user = userQuery.data;
  const canEdit = mayChange(user, board);

  const setFilters = (next: BoardFilters) =>
    setParams(writeFilters(next, params), { replace: true });
  const visible = board.actions.filter((action) =>
    matchesFilters(action, filters, {
      currentUserId: user?.id,
      stateOf: (candidate) => assessDeadline(candidate, now).state,
    }),
  );
  const columns = Object.fromEntries(
    ACTION_STATUSES.map((status) => [status, visible.filter((action) => action.status === status)]),
  ) as Record<ActionStatus, Action[]>;
  const goalTitleOf = (action: Action) =>
    board.goals.find((goal) => goal.id === action.goalId)?.title;

  const moveAction = (action: Action, status: ActionStatus, byMenu: boolean) => {
    const column = t(`status.${status}`);
    setNotice(undefined);
    // A card moved by its menu remounts in its new column; the focus goes with it, and back.
    setFocusTarget(byMenu ? { id: action.id, status } : undefined);
    move.mutateAsync({ action, status }).then(
      () => setAnnouncement(t('board.moved', { title: action.title, column })),
      (error: unknown) => {
        if (byMenu) setFocusTarget({ id: action.id, status: action.status });
        setNotice(
          isDataError(error, 'conflict')
            ? t('board.moveConflict', { title: action.title })
            : t('board.moveFailed', { title: action.title, reason: errorText(error) }),
        );
      },
    );
  };

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
                onClick={() => setNotice(undefined)}
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
        <BoardColumns
          columns={columns}
          goalTitleOf={goalTitleOf}
          canEdit={canEdit}
          onOpen={(action) => setDialog({ kind: 'open', action })}
          onMove={moveAction}
          focusTarget={focusTarget}
          onFocused={() => setFocusTarget(undefined)}
        />
      )}
      <LiveRegion message={announcement} />
      {dialog && (
        <ActionDialog
          board={board}
          action={dialog.kind === 'open' ? dialog.action : undefined}
          canEdit={canEdit}
          defaultGoalId={filters.goalId}
          onClose={() => setDialog(undefined)}
          onDone={(message) => {
            setDialog(undefined);
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
    <Skeleton className={styles.skeleton} aria-label={t('app.loading')} aria-busy>
      {ACTION_STATUSES.map((status) => (
        <div key={status} className={styles.skeletonColumn}>
          <SkeletonItem size={24} />
          <SkeletonItem size={96} />
          <SkeletonItem size={96} />
        </div>
      ))}
    </Skeleton>
  );
}
