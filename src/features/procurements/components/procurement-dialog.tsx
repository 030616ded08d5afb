import {
  Checkbox,
  Dialog,
  DialogSurface,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeCheckboxes } from '../../../ui/form/theme-checkboxes';
import { TITLE_MAX_LENGTH } from '../../../domain/action';
import {
  DEPARTMENT_MAX_LENGTH,
  formatPublicationQuarter,
  NOTES_MAX_LENGTH,
  procurementCommandOf,
  PROCUREMENT_KINDS,
  PROCUREMENT_STATUSES,
  type Procurement,
  type ProcurementCommand,
} from '../../../domain/procurement';
import type { Theme } from '../../../domain/theme';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { ConflictStep, FormStep } from '../../../ui/save-dialog-steps';
import { useConflictSave } from '../../../ui/use-conflict-save';
import {
  storedProcurementOf,
  useCreateProcurement,
  useUpdateProcurement,
} from '../api/use-procurements';
import {
  PROCUREMENT_CONFLICT_FIELDS,
  procurementFormError,
  procurementFormSchema,
  procurementFormValues,
  type ProcurementConflictField,
} from '../procurement-form';
import { ToolLinks } from './tool-links';
import { useEuro } from './use-euro';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  group: { display: 'flex', flexDirection: 'column' },
});

export interface ProcurementDialogProps {
  /** The procurement to edit; none to add one. */
  procurement: Procurement | undefined;
  themes: Theme[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Adds or edits a procurement on the calendar; mounted per opening, so each starts fresh. */
export function ProcurementDialog({
  procurement,
  themes,
  onClose,
  onDone,
}: ProcurementDialogProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const euro = useEuro();
  const [defaults] = useState(() => procurementFormValues(procurement));
  const form = useZodForm(procurementFormSchema, defaults, (issue) =>
    t(`procurements.errors.${procurementFormError(issue)}`, {
      max:
        issue.path?.[0] === 'title'
          ? TITLE_MAX_LENGTH
          : issue.path?.[0] === 'department'
            ? DEPARTMENT_MAX_LENGTH
            : NOTES_MAX_LENGTH,
    }),
  );
  const { control } = form;
  const discard = useDiscardConfirm(form.formState.isDirty, onClose);
  const save = useConflictSave<Procurement, ProcurementCommand, ProcurementConflictField>({
    item: procurement,
    create: useCreateProcurement(),
    update: useUpdateProcurement(),
    onCreated: (created) => onDone(t('procurements.created', { title: created.title })),
    onUpdated: (saved) => onDone(t('procurements.saved', { title: saved.title })),
    conflictFields: PROCUREMENT_CONFLICT_FIELDS,
    commandOf: procurementCommandOf,
    storedOf: storedProcurementOf,
    saveFailedTitle: t('procurements.saveFailed'),
  });
  const texts = {
    save: t('procurements.save'),
    saving: t('procurements.saving'),
    cancel: t('procurements.cancel'),
  };
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const yesNo = (value: boolean) => (value ? t('procurements.yes') : t('procurements.no'));
  const describe = (field: ProcurementConflictField, command: ProcurementCommand): string => {
    switch (field) {
      case 'title':
      case 'department':
      case 'criteriaNotes':
        return command[field];
      case 'estimatedValueEur':
        return command.estimatedValueEur === undefined
          ? t('procurements.unknown')
          : euro(command.estimatedValueEur);
      case 'publication':
        return command.publication
          ? formatPublicationQuarter(command.publication, locale)
          : t('procurements.unknown');
      case 'kind':
        return command.kind ? t(`procurements.kinds.${command.kind}`) : t('procurements.unknown');
      case 'themeIds':
        return command.themeIds
          .map((id) => themes.find((theme) => theme.id === id)?.name ?? `#${id}`)
          .join(', ');
      case 'status':
        return t(`procurements.statuses.${command.status}`);
      case 'isPilot':
      case 'criteriaChosen':
      case 'sroiAgreed':
        return yesNo(command[field]);
    }
  };
  const labels: Record<ProcurementConflictField, string> = {
    title: t('procurements.fields.title'),
    department: t('procurements.fields.department'),
    estimatedValueEur: t('procurements.fields.value'),
    publication: t('procurements.fields.publication'),
    kind: t('procurements.fields.kind'),
    themeIds: t('procurements.fields.themes'),
    status: t('procurements.fields.status'),
    isPilot: t('procurements.fields.isPilot'),
    criteriaChosen: t('procurements.fields.criteriaChosen'),
    sroiAgreed: t('procurements.fields.sroiAgreed'),
    criteriaNotes: t('procurements.fields.criteriaNotes'),
  };
  const title = procurement ? t('procurements.editTitle') : t('procurements.createTitle');

  const step = () => {
    if (save.conflict) {
      return (
        <ConflictStep
          title={title}
          rows={save.conflictRows(labels, describe)}
          onChoose={save.choose}
          failure={save.failure}
          pending={save.pending}
          texts={texts}
          onSaveMerged={save.saveMerged}
          onCancel={discard.requestClose}
        />
      );
    }
    return (
      <FormStep
        title={title}
        onSubmit={form.handleSubmit(save.save)}
        failure={save.failure}
        pending={save.pending}
        texts={texts}
        onCancel={discard.requestClose}
      >
        <FormField control={control} name="title" label={labels.title} required>
          {(field) => <Input {...textInput(field)} />}
        </FormField>
        <div className={styles.pair}>
          <FormField control={control} name="department" label={labels.department}>
            {(field) => <Input {...textInput(field)} />}
          </FormField>
          <FormField
            control={control}
            name="estimatedValueEur"
            label={labels.estimatedValueEur}
            hint={t('procurements.valueHint')}
          >
            {(field) => <Input {...textInput(field)} inputMode="decimal" />}
          </FormField>
        </div>
        <div className={styles.pair}>
          <FormField
            control={control}
            name="publication"
            label={labels.publication}
            hint={t('procurements.publicationHint')}
          >
            {(field) => <Input {...textInput(field)} />}
          </FormField>
          <FormField control={control} name="kind" label={labels.kind}>
            {(field) => (
              <Select
                ref={field.ref}
                name={field.name}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(_, data) => field.onChange(data.value as typeof field.value)}
              >
                <option value="">{t('procurements.unknown')}</option>
                {PROCUREMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`procurements.kinds.${kind}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField control={control} name="status" label={labels.status}>
            {(field) => (
              <Select
                ref={field.ref}
                name={field.name}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(_, data) => field.onChange(data.value as typeof field.value)}
              >
                {PROCUREMENT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`procurements.statuses.${status}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
        <FormField control={control} name="themeIds" label={labels.themeIds}>
          {(field, controlProps) => (
            <ThemeCheckboxes
              field={field}
              controlProps={controlProps}
              themes={themes}
              className={styles.group}
            />
          )}
        </FormField>
        {(['isPilot', 'criteriaChosen', 'sroiAgreed'] as const).map((name) => (
          <FormField key={name} control={control} name={name}>
            {(field) => (
              <Checkbox
                ref={field.ref}
                name={field.name}
                checked={field.value}
                onBlur={field.onBlur}
                onChange={(_, data) => field.onChange(data.checked === true)}
                label={labels[name]}
              />
            )}
          </FormField>
        ))}
        <FormField
          control={control}
          name="criteriaNotes"
          label={labels.criteriaNotes}
          hint={t('procurements.criteriaNotesHint')}
        >
          {(field) => <Textarea {...textInput(field)} resize="vertical" />}
        </FormField>
        <ToolLinks />
      </FormStep>
    );
  };

  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) discard.requestClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        {step()}
        <ConfirmDiscard discard={discard} onDiscard={onClose} />
      </DialogSurface>
    </Dialog>
  );
}
