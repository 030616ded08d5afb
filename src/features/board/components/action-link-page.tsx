import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { AppLink } from '../../../ui/app-link';
import { LoadError } from '../../../ui/query-states';
import { usePlan } from '../../../ui/use-plan';

/**
 * `/actions/:id`, where a Teams deep link (`action-12`) points: the action opened on its theme's
 * board. Organisation-wide actions have no board; they open on their own page.
 */
export function ActionLinkPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const plan = usePlan();
  if (plan.isPending) return <Spinner label={t('app.loading')} />;
  if (plan.isError) return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;

  const action = plan.data.actions.find((candidate) => String(candidate.id) === id);
  if (!action) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {t('board.actionNotFound')} <AppLink to="/">{t('board.backToOverview')}</AppLink>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const theme = plan.data.themes.find((candidate) => candidate.id === action.themeId);
  return (
    <Navigate
      replace
      to={
        theme
          ? `/themes/${theme.key}/board?action=${action.id}`
          : `/organisation-actions?action=${action.id}`
      }
    />
  );
}
