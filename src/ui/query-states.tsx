import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../data/errors';

/** A translated sentence for any failure the data layer reports. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => t(`errors.${isDataError(error) ? error.kind : 'unknown'}`);
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errors.loadFailed')}</MessageBarTitle>
        {errorText(error)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('app.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function CardsSkeleton({ count = 6 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <Skeleton aria-label={t('app.loading')} aria-busy>
      {Array.from({ length: count }, (_, index) => (
        <SkeletonItem key={index} size={128} style={{ marginBottom: 12 }} />
      ))}
    </Skeleton>
  );
}
