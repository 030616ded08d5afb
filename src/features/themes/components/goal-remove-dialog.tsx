import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { isDataError } from '../../../data/errors';
import type { Goal } from '../../../domain/goal';
import type { GoalRemoval } from '../../../domain/theme-input';
import { FormField } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { SaveError } from '../../../ui/save-error';
import { useDeleteGoal } from '../api/theme-mutations';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const CHOICES = ['move-to', 'detach', 'delete'] as const;

const removalFormSchema = z
  .object({ choice: z.enum(CHOICES), targetId: z.optional(z.int()) })
  .check(
    z.refine((form) => form.choice !== 'move-to' || form.targetId !== undefined, {
      path: ['targetId'],
    }),
  );

function removalOf(form: z.output<typeof removalFormSchema>): GoalRemoval {
  return form.choice === 'move-to' && form.targetId !== undefined
    ? { actions: 'move-to', goalId: form.targetId }
    : { actions: form.choice === 'delete' ? 'delete' : 'detach' };
}

export interface GoalRemoveDialogProps {
  goal: Goal;
  /** The theme's other goals, where its actions may go. */
  otherGoals: Goal[];
  actionCount: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * Asks before a goal goes, and what happens to its actions: moved to another goal, kept without
 * one, or removed too. Until it is done the goal stays, so a failure loses nothing.
 */
export function GoalRemoveDialog({
  goal,
  otherGoals,
  actionCount,
  onClose,
  onDone,
}: GoalRemoveDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const remove = useDeleteGoal();
  const [failure, setFailure] = useState<unknown>();
  const [defaults] = useState((): z.input<typeof removalFormSchema> => ({
    choice: otherGoals.length > 0 ? 'move-to' : 'detach',
    targetId: otherGoals[0]?.id,
  }));
  const form = useZodForm(removalFormSchema, defaults, () =>
    t('structure.goals.removeDialog.target'),
  );
  const choice = form.watch('choice');

  const submit = form.handleSubmit((values) => {
    setFailure(undefined);
    remove.mutate(
      { id: goal.id, version: goal.version, removal: removalOf(values) },
      {
        onSuccess: () => onDone(t('structure.goals.removed', { title: goal.title })),
        onError: setFailure,
      },
    );
  });

  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('structure.goals.removeDialog.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              {failure !== undefined &&
                (isDataError(failure, 'conflict') ? (
                  <MessageBar intent="warning" role="alert">
                    <MessageBarBody>{t('structure.goals.conflict')}</MessageBarBody>
                  </MessageBar>
                ) : (
                  <SaveError
                    title={t('structure.goals.removeDialog.failed')}
                    error={failure}
                    onRetry={() => submit()}
                  />
                ))}
              <Text>
                {actionCount === 0
                  ? t('structure.goals.removeDialog.noActions', { title: goal.title })
                  : t('structure.goals.removeDialog.withActions', {
                      title: goal.title,
                      count: actionCount,
                    })}
              </Text>
              {actionCount > 0 && (
                <>
                  <FormField
                    control={form.control}
                    name="choice"
                    label={t('structure.goals.removeDialog.choice')}
                  >
                    {(field) => (
                      <RadioGroup
                        ref={field.ref}
                        name={field.name}
                        value={field.value}
                        onBlur={field.onBlur}
                        onChange={(_, data) => {
                          const picked = CHOICES.find((option) => option === data.value);
                          if (picked) field.onChange(picked);
                        }}
                      >
                        {otherGoals.length > 0 && (
                          <Radio value="move-to" label={t('structure.goals.removeDialog.moveTo')} />
                        )}
                        <Radio value="detach" label={t('structure.goals.removeDialog.detach')} />
                        <Radio value="delete" label={t('structure.goals.removeDialog.delete')} />
                      </RadioGroup>
                    )}
                  </FormField>
                  {choice === 'move-to' && (
                    <FormField
                      control={form.control}
                      name="targetId"
                      label={t('structure.goals.removeDialog.target')}
                    >
                      {(field) => (
                        <Select
                          ref={field.ref}
                          name={field.name}
                          value={field.value === undefined ? '' : String(field.value)}
                          onBlur={field.onBlur}
                          onChange={(_, data) => field.onChange(Number(data.value))}
                        >
                          {otherGoals.map((other) => (
                            <option key={other.id} value={other.id}>
                              {other.title}
                            </option>
                          ))}
                        </Select>
                      )}
                    </FormField>
                  )}
                  {choice === 'delete' && (
                    <MessageBar intent="warning">
                      <MessageBarBody>
                        {t('structure.goals.removeDialog.deleteWarning')}
                      </MessageBarBody>
                    </MessageBar>
                  )}
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                icon={<DeleteRegular />}
                disabled={remove.isPending}
              >
                {remove.isPending
                  ? t('structure.goals.removeDialog.removing')
                  : t('structure.goals.removeDialog.confirm')}
              </Button>
              <Button onClick={onClose}>{t('structure.goals.removeDialog.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
