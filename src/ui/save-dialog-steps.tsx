import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictResolver, type ConflictRow, type ConflictSide } from './conflict-resolver';
import { SaveError } from './save-error';
import type { SaveFailure } from './use-conflict-save';

/** Each dialog's own words for its buttons. */
export interface SaveTexts {
  save: string;
  saving: string;
  cancel: string;
}

interface StepProps {
  title: string;
  failure: SaveFailure | undefined;
  pending: boolean;
  texts: SaveTexts;
  onCancel: () => void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The last save or delete that failed, with its retry; nothing while all is well. */
export function SaveFailureMessage({ failure }: { failure: SaveFailure | undefined }) {
  return failure ? (
    <SaveError title={failure.title} error={failure.error} onRetry={failure.retry} />
  ) : null;
}

/** A save dialog's form: its fields under the last failure, then its own buttons, save and cancel. */
export function FormStep({
  onSubmit,
  actions,
  children,
  ...step
}: StepProps & {
  onSubmit: (event: FormEvent) => void;
  /** The dialog's own buttons, before save and cancel. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Step {...step} saveLabel={step.texts.save} actions={actions}>
        {children}
      </Step>
    </form>
  );
}

/** After a conflict (HTTP 412): both versions per field, then save the chosen merge or cancel. */
export function ConflictStep<K extends string>({
  rows,
  onChoose,
  onSaveMerged,
  ...step
}: StepProps & {
  rows: ConflictRow<K>[];
  onChoose: (key: K, side: ConflictSide) => void;
  onSaveMerged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Step {...step} saveLabel={t('conflict.saveMerged')} onSave={onSaveMerged}>
      <ConflictResolver rows={rows} onChoose={onChoose} />
    </Step>
  );
}

/** Title, the last failure above the content, and the footer; without `onSave` it submits. */
function Step({
  title,
  failure,
  pending,
  texts,
  onCancel,
  saveLabel,
  onSave,
  actions,
  children,
}: StepProps & {
  saveLabel: string;
  onSave?: () => void;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  // Only the submitting button sets a type: Fluent's default keeps the other a plain button.
  const primary = onSave ? { onClick: onSave } : { type: 'submit' as const };
  return (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={styles.content}>
        <SaveFailureMessage failure={failure} />
        {children}
      </DialogContent>
      <DialogActions>
        {actions}
        <Button appearance="primary" disabled={pending} {...primary}>
          {pending ? texts.saving : saveLabel}
        </Button>
        <Button onClick={onCancel}>{texts.cancel}</Button>
      </DialogActions>
    </DialogBody>
  );
}
