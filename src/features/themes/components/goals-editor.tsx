import {
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  EditRegular,
  ReorderRegular,
} from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../../../data/errors';
import type { Goal } from '../../../domain/goal';
import type { Theme } from '../../../domain/theme';
import { LiveRegion } from '../../../ui/live-region';
import { useErrorText } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { useCreateGoal, useRenameGoal, useReorderGoals } from '../api/theme-mutations';
import { GoalRemoveDialog } from './goal-remove-dialog';
import { GoalTitleForm } from './goal-title-form';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  title: { flexGrow: 1, minWidth: '200px' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

type Direction = 'up' | 'down';

export interface GoalsEditorProps {
  theme: Theme;
  /** The theme's goals, in its order. */
  goals: Goal[];
  /** The plan's actions: each goal's are counted, and asked about when it is removed. */
  actions: readonly { goalId?: number }[];
}

/**
 * The theme's owner and the coordinators add, rename, reorder and remove the theme's goals.
 * SharePoint refuses anyone else; the others are not offered it.
 */
export function GoalsEditor({ theme, goals, actions }: GoalsEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const mayEdit =
    user.data !== undefined &&
    (user.data.isCoordinator || (theme.owner !== undefined && theme.owner.id === user.data.id));
  if (!mayEdit) return null;

  return (
    <>
      <div>
        <Button
          icon={open ? undefined : <ReorderRegular />}
          aria-expanded={open}
          aria-controls={open ? 'goals-editor' : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? t('structure.goals.done') : t('structure.goals.edit')}
        </Button>
      </div>
      {open && (
        <Card id="goals-editor" role="region" aria-labelledby="goals-editor-heading">
          <div className={styles.editor}>
            <Subtitle2 as="h3" id="goals-editor-heading">
              {t('structure.goals.editorHeading', { theme: theme.name })}
            </Subtitle2>
            <GoalList
              theme={theme}
              goals={goals}
              actionCounts={countByGoal(actions)}
              onMessage={setMessage}
            />
          </div>
        </Card>
      )}
      <LiveRegion message={message} />
    </>
  );
}

function countByGoal(actions: readonly { goalId?: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { goalId } of actions) {
    if (goalId !== undefined) counts.set(goalId, (counts.get(goalId) ?? 0) + 1);
  }
  return counts;
}

interface GoalListProps {
  theme: Theme;
  goals: Goal[];
  actionCounts: ReadonlyMap<number, number>;
  onMessage: (message: string) => void;
}

function GoalList({ theme, goals, actionCounts, onMessage }: GoalListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const errorText = useErrorText();
  const create = useCreateGoal(theme.id);
  const rename = useRenameGoal();
  const reorder = useReorderGoals();
  const [renaming, setRenaming] = useState<number>();
  const [removing, setRemoving] = useState<Goal>();
  const [problem, setProblem] = useState<unknown>();
  // While a new order is being saved it shows at once; the stored one follows.
  const [pendingOrder, setPendingOrder] = useState<number[]>();
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: number; direction: Direction }>();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const shown = pendingOrder
    ? pendingOrder.flatMap((id) => goals.filter((goal) => goal.id === id))
    : goals;

  // The moved goal keeps the keyboard: on the same button, or the other one at an end.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const same = buttons.current.get(`${id}-${direction}`);
    const other = buttons.current.get(`${id}-${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [focusAfterMove, shown]);
  // After a rename, the keyboard goes back to the goal's rename button once it shows again.
  const focusRename = useRef<number>(undefined);
  useEffect(() => {
    if (renaming !== undefined || focusRename.current === undefined) return;
    buttons.current.get(`${focusRename.current}-rename`)?.focus();
    focusRename.current = undefined;
  }, [renaming]);

  // The message bar (an alert) says it; the stored goals read again meanwhile.
  const failed = (error: unknown) => setProblem(error);

  const move = (goal: Goal, direction: Direction) => {
    // One order at a time: the next one needs the versions this one stores.
    if (reorder.isPending) return;
    const index = shown.indexOf(goal);
    const to = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || to < 0 || to >= shown.length) return;
    const next = [...shown];
    next.splice(index, 1);
    next.splice(to, 0, goal);
    setProblem(undefined);
    setPendingOrder(next.map((candidate) => candidate.id));
    setFocusAfterMove({ id: goal.id, direction });
    onMessage(
      t('structure.goals.moved', { title: goal.title, position: to + 1, count: next.length }),
    );
    reorder.mutate(next, {
      onError: failed,
      onSettled: () => setPendingOrder(undefined),
    });
  };

  const submitRename = (goal: Goal) => (title: string) =>
    new Promise<boolean>((resolve) => {
      setProblem(undefined);
      rename.mutate(
        { id: goal.id, title, version: goal.version },
        {
          onSuccess: (saved) => {
            setRenaming(undefined);
            onMessage(t('structure.goals.renamed', { title: saved.title }));
            focusRename.current = goal.id;
            resolve(true);
          },
          onError: (error) => {
            failed(error);
            resolve(false);
          },
        },
      );
    });

  const submitNew = (title: string) =>
    new Promise<boolean>((resolve) => {
      setProblem(undefined);
      create.mutate(title, {
        onSuccess: (created) => {
          onMessage(t('structure.goals.added', { title: created.title }));
          resolve(true);
        },
        onError: (error) => {
          failed(error);
          resolve(false);
        },
      });
    });

  const ref = (key: string) => (element: HTMLButtonElement | null) => {
    buttons.current.set(key, element);
  };

  return (
    <>
      {problem !== undefined && (
        <MessageBar intent={isDataError(problem, 'conflict') ? 'warning' : 'error'} role="alert">
          <MessageBarBody>
            {isDataError(problem, 'conflict')
              ? t('structure.goals.conflict')
              : t('structure.goals.failed', { reason: errorText(problem) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown.length === 0 ? (
        <Caption1>{t('structure.goals.empty')}</Caption1>
      ) : (
        <ol className={styles.list} aria-busy={reorder.isPending || undefined}>
          {shown.map((goal, index) => {
            const count = actionCounts.get(goal.id) ?? 0;
            return (
              <li key={goal.id} className={styles.row}>
                {renaming === goal.id ? (
                  <div className={styles.title}>
                    <GoalTitleForm
                      label={t('structure.goals.title')}
                      initial={goal.title}
                      submitLabel={t('structure.goals.save')}
                      pendingLabel={t('structure.goals.saving')}
                      pending={rename.isPending}
                      focusOnShow
                      onSubmit={submitRename(goal)}
                      onCancel={() => {
                        setRenaming(undefined);
                        focusRename.current = goal.id;
                      }}
                    />
                  </div>
                ) : (
                  <span className={styles.title}>
                    <Text weight="semibold">{goal.title}</Text>{' '}
                    <Caption1>
                      ({t('structure.goals.position', { position: index + 1, count: shown.length })}
                      , {t('structure.goals.actions', { count })})
                    </Caption1>
                  </span>
                )}
                <span className={styles.buttons}>
                  <Button
                    ref={ref(`${goal.id}-up`)}
                    icon={<ArrowUpRegular />}
                    aria-label={t('structure.goals.moveUp', { title: goal.title })}
                    title={t('structure.goals.moveUp', { title: goal.title })}
                    disabled={index === 0}
                    onClick={() => move(goal, 'up')}
                  />
                  <Button
                    ref={ref(`${goal.id}-down`)}
                    icon={<ArrowDownRegular />}
                    aria-label={t('structure.goals.moveDown', { title: goal.title })}
                    title={t('structure.goals.moveDown', { title: goal.title })}
                    disabled={index === shown.length - 1}
                    onClick={() => move(goal, 'down')}
                  />
                  {renaming !== goal.id && (
                    <Button
                      ref={ref(`${goal.id}-rename`)}
                      icon={<EditRegular />}
                      aria-label={t('structure.goals.rename', { title: goal.title })}
                      title={t('structure.goals.rename', { title: goal.title })}
                      onClick={() => setRenaming(goal.id)}
                    />
                  )}
                  <Button
                    icon={<DeleteRegular />}
                    aria-label={t('structure.goals.remove', { title: goal.title })}
                    title={t('structure.goals.remove', { title: goal.title })}
                    onClick={() => setRemoving(goal)}
                  />
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <GoalTitleForm
        label={t('structure.goals.newTitle')}
        initial=""
        submitLabel={t('structure.goals.add')}
        pendingLabel={t('structure.goals.adding')}
        pending={create.isPending}
        onSubmit={submitNew}
      />
      {removing && (
        <GoalRemoveDialog
          goal={removing}
          otherGoals={goals.filter((goal) => goal.id !== removing.id)}
          actionCount={actionCounts.get(removing.id) ?? 0}
          onClose={() => setRemoving(undefined)}
          onDone={(done) => {
            setRemoving(undefined);
            onMessage(done);
          }}
        />
      )}
    </>
  );
}
