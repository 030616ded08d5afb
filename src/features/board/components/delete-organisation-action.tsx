import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSummary } from '../../../domain/action';
import { isDataError } from '../../../data/errors';
import { SaveError } from '../../../ui/save-error';
import { useDeleteAction } from '../api/delete-action';

/**
 * Asks before an organisation-wide action is deleted; the safe choice has the focus. It sends the
 * version the list shows, so a change made meanwhile is a conflict, and the list reads it again.
 */
export function DeleteOrganisationAction({
  action,
  onClose,
  onDeleted,
}: {
  action: ActionSummary;
  onClose: () => void;
  onDeleted: (message: string) => void;
}) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const remove = useDeleteAction(undefined);
  const confirm = () => {
    remove.reset();
    remove.mutate(action, {
      onSuccess: () => onDeleted(t('board.deleted', { title: action.title })),
    });
  };
  const stale = isDataError(remove.error, 'conflict') || isDataError(remove.error, 'not-found');
  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('actionForm.deleteTitle')}</DialogTitle>
          <DialogContent>
            {stale ? (
              <MessageBar intent="warning" role="alert">
                <MessageBarBody>{t('organisationActions.deleteConflict')}</MessageBarBody>
              </MessageBar>
            ) : (
              remove.isError && (
                <SaveError
                  title={t('actionForm.deleteFailed')}
                  error={remove.error}
                  onRetry={confirm}
                />
              )
            )}
            {t('actionForm.deleteBody', { title: action.title })}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              icon={<DeleteRegular />}
              disabled={remove.isPending || stale}
              onClick={confirm}
            >
              {t('actionForm.delete')}
            </Button>
            <Button ref={cancelRef} disabled={remove.isPending} onClick={onClose}>
              {t('actionForm.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
