import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../data/errors';
import { useErrorText } from './query-states';

/** Only a lost connection or a busy server is worth trying again as is; other failures need a change. */
export function isRetryable(error: unknown): boolean {
  return isDataError(error, 'network') || isDataError(error, 'throttled');
}

/** Why a save failed, with "Opnieuw proberen" when sending the same input again can help. */
export function SaveError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {errorText(error)}
      </MessageBarBody>
      {isRetryable(error) && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('app.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
