import {
  Dialog,
  DialogSurface,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../../../data/errors';
import {
  AMBITION_LEVELS,
  ASSESSMENT_STATUSES,
  type AmbitionAssessment,
} from '../../../domain/ambition';
import {
  ASSESSMENT_ACT_MAX_LENGTH,
  ASSESSMENT_EXPLANATION_MAX_LENGTH,
  MAX_EVIDENCE_LINKS,
} from '../../../domain/assessment-input';
import type { Theme } from '../../../domain/theme';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { ConflictStep, FormStep } from '../../../ui/save-dialog-steps';
import { useConflictSave } from '../../../ui/use-conflict-save';
import { useLadderLabel } from '../../../ui/use-ladder-label';
import { useDraftAssessment } from '../api/assessment-queries';
import {
  ASSESSMENT_CONFLICT_FIELDS,
  assessmentCommandOf,
  assessmentFormError,
  assessmentFormSchema,
  assessmentFormValues,
  storedAssessmentOf,
  type AssessmentConflictField,
  type AssessmentFormCommand,
  type AssessmentFormValues,
} from '../assessment-form';

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

export interface AssessmentDialogProps {
  theme: Theme;
  /** The open draft to edit; none for a new draft. */
  draft: AmbitionAssessment | undefined;
  /** What a new draft starts from: the year's latest confirmed assessment, for a correction. */
  from: AmbitionAssessment | undefined;
  years: number[];
  defaultYear: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Drafts a theme's assessment of a year; mounted per opening, so each starts fresh. */
export function AssessmentDialog({
  theme,
  draft,
  from,
  years,
  defaultYear,
  onClose,
  onDone,
}: AssessmentDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelOf = useLadderLabel();
  const [defaults] = useState<AssessmentFormValues>(() =>
    assessmentFormValues(draft?.year ?? defaultYear, draft ?? from, theme.baselineLevel),
  );
  const form = useZodForm(assessmentFormSchema, defaults, (issue) =>
    t(`assessments.errors.${assessmentFormError(issue)}`, {
      max:
        issue.path?.[0] === 'act' ? ASSESSMENT_ACT_MAX_LENGTH : ASSESSMENT_EXPLANATION_MAX_LENGTH,
      links: MAX_EVIDENCE_LINKS,
    }),
  );
  const { control } = form;
  const discard = useDiscardConfirm(form.formState.isDirty, onClose);
  const mutation = useDraftAssessment();
  const save = useConflictSave({
    item: draft,
    create: {
      mutate: (command: AssessmentFormCommand, callbacks) =>
        mutation.mutate({ themeId: theme.id, year: command.year, input: command }, callbacks),
      isPending: mutation.isPending,
    },
    update: {
      mutate: ({ id, command, version }, callbacks) =>
        mutation.mutate(
          { themeId: theme.id, year: command.year, input: command, existing: { id, version } },
          callbacks,
        ),
      isPending: mutation.isPending,
    },
    onCreated: (saved) => onDone(t('assessments.form.saved', { year: saved.year })),
    onUpdated: (saved) => onDone(t('assessments.form.saved', { year: saved.year })),
    conflictFields: ASSESSMENT_CONFLICT_FIELDS,
    commandOf: assessmentCommandOf,
    // Only an edit of this very draft can be merged; any other conflict is explained instead.
    storedOf: (error) => {
      const stored = storedAssessmentOf(error);
      return draft && stored?.id === draft.id ? stored : undefined;
    },
    saveFailedTitle: t('assessments.form.saveFailed'),
  });
  const failure = save.failure && {
    ...save.failure,
    title: isDataError(save.failure.error, 'forbidden')
      ? t('assessments.form.saveForbidden')
      : save.failure.title,
  };
  const texts = {
    save: t('assessments.form.save'),
    saving: t('assessments.form.saving'),
    cancel: t('assessments.form.cancel'),
  };
  const title = draft
    ? t('assessments.form.editTitle', { year: draft.year, theme: theme.name })
    : t('assessments.form.newTitle', { theme: theme.name });
  const labels: Record<AssessmentConflictField, string> = {
    level: t('assessments.form.level'),
    status: t('assessments.form.status'),
    explanation: t('assessments.form.explanation'),
    evidence: t('assessments.form.evidence'),
    act: t('assessments.form.act'),
  };
  const describe = (field: AssessmentConflictField, command: AssessmentFormCommand): string => {
    switch (field) {
      case 'level':
        return `${t('ladder.step', { level: command.level })}: ${labelOf(command.level)}`;
      case 'status':
        return t(`assessments.status.${command.status}`);
      case 'evidence':
        return command.evidence.join('\n');
      case 'explanation':
      case 'act':
        return command[field];
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) discard.requestClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        {save.conflict ? (
          <ConflictStep
            title={title}
            rows={save.conflictRows(labels, describe)}
            onChoose={save.choose}
            failure={failure}
            pending={save.pending}
            texts={texts}
            onSaveMerged={save.saveMerged}
            onCancel={discard.requestClose}
          />
        ) : (
          <FormStep
            title={title}
            onSubmit={form.handleSubmit(save.save)}
            failure={failure}
            pending={save.pending}
            texts={texts}
            onCancel={discard.requestClose}
          >
            <div className={styles.pair}>
              <FormField control={control} name="year" label={t('assessments.form.year')}>
                {(field) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    value={String(field.value)}
                    disabled={draft !== undefined}
                    onBlur={field.onBlur}
                    onChange={(_, data) => field.onChange(Number(data.value))}
                  >
                    {years.map((year) => (
                      <option key={year} value={year}>
                        {year}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
              <FormField
                control={control}
                name="level"
                label={t('assessments.form.level')}
                required
              >
                {(field) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    value={String(field.value)}
                    onBlur={field.onBlur}
                    onChange={(_, data) => field.onChange(Number(data.value))}
                  >
                    {AMBITION_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {`${t('ladder.step', { level })}: ${labelOf(level)}`}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            </div>
            <FormField
              control={control}
              name="status"
              label={t('assessments.form.status')}
              required
            >
              {(field) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onBlur={field.onBlur}
                  onChange={(_, data) => field.onChange(data.value)}
                >
                  {ASSESSMENT_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`assessments.status.${status}`)}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <FormField
              control={control}
              name="explanation"
              label={t('assessments.form.explanation')}
              hint={t('assessments.form.explanationHint')}
              required
            >
              {(field) => <Textarea {...textInput(field)} resize="vertical" rows={4} />}
            </FormField>
            <FormField
              control={control}
              name="evidence"
              label={t('assessments.form.evidence')}
              hint={t('assessments.form.evidenceHint', { links: MAX_EVIDENCE_LINKS })}
            >
              {(field) => <Textarea {...textInput(field)} resize="vertical" rows={3} />}
            </FormField>
            <FormField
              control={control}
              name="act"
              label={t('assessments.form.act')}
              hint={t('assessments.form.actHint')}
            >
              {(field) => <Textarea {...textInput(field)} resize="vertical" rows={3} />}
            </FormField>
          </FormStep>
        )}
        <ConfirmDiscard discard={discard} onDiscard={onClose} />
      </DialogSurface>
    </Dialog>
  );
}
