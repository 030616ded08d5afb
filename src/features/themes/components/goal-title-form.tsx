import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { GOAL_TITLE_MAX_LENGTH, goalTitleSchema } from '../../../domain/theme-input';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, minWidth: '220px' },
});

const goalTitleFormSchema = z.object({ title: goalTitleSchema });

export interface GoalTitleFormProps {
  label: string;
  initial: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Takes the keyboard as it shows (renaming); a new goal's field waits to be chosen. */
  focusOnShow?: boolean;
  /** Resolves true when saved: the field then empties (a new goal) or closes (renaming). */
  onSubmit: (title: string) => Promise<boolean>;
  onCancel?: () => void;
}

/** One goal's name: added under the list, or renamed in its place; Escape cancels a rename. */
export function GoalTitleForm({
  label,
  initial,
  submitLabel,
  pendingLabel,
  pending,
  focusOnShow = false,
  onSubmit,
  onCancel,
}: GoalTitleFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const form = useZodForm(goalTitleFormSchema, { title: initial }, (issue) =>
    t(
      issue.code === 'too_big'
        ? 'structure.goals.errors.titleTooLong'
        : 'structure.goals.errors.titleRequired',
      { max: GOAL_TITLE_MAX_LENGTH },
    ),
  );
  const focused = useRef(false);
  useEffect(() => {
    if (focusOnShow && !focused.current) {
      focused.current = true;
      form.setFocus('title', { shouldSelect: true });
    }
  }, [focusOnShow, form]);

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={form.handleSubmit(async ({ title }) => {
        if (await onSubmit(title)) form.reset({ title: '' });
      })}
    >
      <FormField control={form.control} name="title" label={label} className={styles.field}>
        {(field) => (
          <Input
            {...textInput(field)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && onCancel) {
                event.stopPropagation();
                onCancel();
              }
            }}
          />
        )}
      </FormField>
      <Button type="submit" appearance="primary" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
      {onCancel && <Button onClick={onCancel}>{t('structure.goals.cancel')}</Button>}
    </form>
  );
}
