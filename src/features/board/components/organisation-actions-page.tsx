import {
  Body1,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ActionSummary } from '../../../domain/action';
import { assessDeadline } from '../../../domain/deadlines';
import { formatTiming, parseTiming } from '../../../domain/timing';
import type { PlanSnapshot } from '../../../data/repositories';
import { useNow } from '../../../ui/clock';
import { DeadlineBadge } from '../../../ui/deadline-badge';
import { LiveRegion } from '../../../ui/live-region';
import { LoadError, useErrorText } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { usePlan } from '../../../ui/use-plan';
import type { ActionBoard } from '../action-board';
import { ActionDialog } from './action-dialog';
import { DeleteOrganisationAction } from './delete-organisation-action';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  wrap: { overflowX: 'auto' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const HEADING_ID = 'organisation-actions-heading';

type Target =
  | { kind: 'create' }
  | { kind: 'open'; action: ActionSummary }
  | { kind: 'delete'; action: ActionSummary };

/**
 * The plan's organisation-wide actions, those of no theme (route `/organisation-actions`). Only
 * coordinators change them, as SharePoint lets only them write outside the theme folders.
 */
export function OrganisationActionsPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const plan = usePlan();
  const user = useCurrentUser();
  return (
    <section className={styles.page} aria-labelledby={HEADING_ID}>
      {plan.data === undefined || user.isPending ? (
        <>
          <Title2 as="h1" id={HEADING_ID}>
            {t('organisationActions.heading')}
          </Title2>
          {plan.isError ? (
            <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
          ) : (
            <Spinner label={t('app.loading')} />
          )}
        </>
      ) : (
        <OrganisationActions plan={plan.data} userQuery={user} />
      )}
    </section>
  );
}

function OrganisationActions({
  plan,
  userQuery,
}: {
  plan: PlanSnapshot;
  userQuery: ReturnType<typeof useCurrentUser>;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const actions = plan.actions.filter((action) => action.themeId === undefined);
  const board: ActionBoard = { theme: undefined, goals: [], pilots: plan.pilots, actions };
  // A deep link (`?action=12`, from the deadline overview or Teams) opens that action at once.
  const [target, setTarget] = useState<Target | undefined>(() => {
    const linked = actions.find((action) => String(action.id) === params.get('action'));
    return linked && { kind: 'open', action: linked };
  });
  const [announcement, setAnnouncement] = useState('');
  // The dialogs open without a DialogTrigger and may go at once on a save: the focus is handed
  // back here, to what opened them, or to the heading when that is gone (a deleted row).
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = opener.current;
    if (target !== undefined || !element) return;
    opener.current = null;
    (element.isConnected ? element : document.getElementById(HEADING_ID))?.focus();
  }, [target]);
  const open = (next: Target, event: MouseEvent<HTMLElement>) => {
    opener.current = event.currentTarget;
    setTarget(next);
  };
  const user = userQuery.data;
  const canEdit = user?.isCoordinator === true;
  const locale = i18n.language === 'en' ? 'en' : 'nl';

  const close = () => {
    setTarget(undefined);
    if (!params.has('action')) return;
    const next = new URLSearchParams(params);
    next.delete('action');
    setParams(next, { replace: true });
  };
  const done = (message: string) => {
    close();
    setAnnouncement(message);
  };

  return (
    <>
      <div className={styles.header}>
        <Title2 as="h1" id={HEADING_ID} tabIndex={-1}>
          {t('organisationActions.heading')}
        </Title2>
        {canEdit && (
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={(event) => open({ kind: 'create' }, event)}
          >
            {t('organisationActions.newAction')}
          </Button>
        )}
      </div>
      <Body1>{t('organisationActions.intro')}</Body1>
      {userQuery.isError ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('organisationActions.userFailed')} {errorText(userQuery.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void userQuery.refetch()}>{t('app.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        !canEdit && (
          <MessageBar intent="info">
            <MessageBarBody>{t('organisationActions.readOnly')}</MessageBarBody>
          </MessageBar>
        )
      )}
      {actions.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('organisationActions.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.wrap}>
          <Table aria-label={t('organisationActions.table')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('organisationActions.columns.title')}</TableHeaderCell>
                <TableHeaderCell>{t('organisationActions.columns.timing')}</TableHeaderCell>
                <TableHeaderCell>{t('organisationActions.columns.deadline')}</TableHeaderCell>
                <TableHeaderCell>{t('organisationActions.columns.status')}</TableHeaderCell>
                <TableHeaderCell>{t('organisationActions.columns.owner')}</TableHeaderCell>
                {canEdit && (
                  <TableHeaderCell>{t('organisationActions.columns.change')}</TableHeaderCell>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {actions.map((action) => (
                <TableRow key={action.id}>
                  <TableCell>
                    <Link as="button" onClick={(event) => open({ kind: 'open', action }, event)}>
                      {action.title}
                    </Link>
                  </TableCell>
                  <TableCell>{formatTiming(parseTiming(action.timing), locale)}</TableCell>
                  <TableCell>
                    <DeadlineBadge assessment={assessDeadline(action, now)} />
                  </TableCell>
                  <TableCell>{t(`status.${action.status}`)}</TableCell>
                  <TableCell>{action.owner?.name ?? t('actionForm.noOwner')}</TableCell>
                  {canEdit && (
                    <TableCell>
                      <div className={styles.buttons}>
                        <Button
                          icon={<EditRegular />}
                          aria-label={t('organisationActions.editLabel', { title: action.title })}
                          onClick={(event) => open({ kind: 'open', action }, event)}
                        >
                          {t('organisationActions.edit')}
                        </Button>
                        <Button
                          icon={<DeleteRegular />}
                          aria-label={t('organisationActions.deleteLabel', {
                            title: action.title,
                          })}
                          onClick={(event) => open({ kind: 'delete', action }, event)}
                        >
                          {t('organisationActions.delete')}
                        </Button>
                      </div>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <LiveRegion message={announcement} />
      {target?.kind === 'delete' ? (
        <DeleteOrganisationAction action={target.action} onClose={close} onDeleted={done} />
      ) : (
        target && (
          <ActionDialog
            board={board}
            action={target.kind === 'open' ? target.action : undefined}
            canEdit={canEdit}
            defaultGoalId={undefined}
            onClose={close}
            onDone={done}
          />
        )
      )}
    </>
  );
}
