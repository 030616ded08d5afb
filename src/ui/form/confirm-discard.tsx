import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DiscardConfirm {
  confirming: boolean;
  /** For every way out but a save: cancel, Escape, a click beside the dialog. */
  requestClose: () => void;
  keepEditing: () => void;
}

/**
 * Closing a dialog whose form holds unsaved input asks first. Kept, the keyboard goes back to
 * where it was asked from: a cancel button, or the field where Escape was pressed.
 */
export function useDiscardConfirm(isDirty: boolean, onClose: () => void): DiscardConfirm {
  const [confirming, setConfirming] = useState(false);
  const askedFrom = useRef<Element | null>(null);
  useEffect(() => {
    if (!confirming && askedFrom.current instanceof HTMLElement) askedFrom.current.focus();
  }, [confirming]);
  return {
    confirming,
    requestClose: () => {
      if (isDirty) {
        askedFrom.current = document.activeElement;
        setConfirming(true);
      } else {
        onClose();
      }
    },
    keepEditing: () => setConfirming(false),
  };
}

/**
 * The question, over the form, which stays as it was; the safe choice has the focus, and
 * Escape means no. Render it inside the form's `DialogSurface`.
 */
export function ConfirmDiscard({
  discard,
  onDiscard,
}: {
  discard: DiscardConfirm;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const keepRef = useRef<HTMLButtonElement>(null);
  // After the dialog's own first focus, which would land on "discard".
  useEffect(() => {
    if (discard.confirming) keepRef.current?.focus();
  }, [discard.confirming]);
  return (
    <Dialog
      open={discard.confirming}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) discard.keepEditing();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('form.discardTitle')}</DialogTitle>
          <DialogContent>{t('form.discardBody')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDiscard}>
              {t('form.discard')}
            </Button>
            <Button ref={keepRef} onClick={discard.keepEditing}>
              {t('form.keepEditing')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
