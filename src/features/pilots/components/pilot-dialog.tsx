import {
  Dialog,
  DialogSurface,
  Dropdown,
  Input,
  makeStyles,
  Option,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeCheckboxes } from '../../../ui/form/theme-checkboxes';
import { TITLE_MAX_LENGTH } from '../../../domain/action';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import {
  PILOT_STATUSES,
  pilotInputSchema,
  type Pilot,
  type PilotCommand,
} from '../../../domain/pilot';
import type { Theme } from '../../../domain/theme';
import { useNow } from '../../../ui/clock';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { LinkedPractices } from '../../../ui/linked-practices';
import { ConflictStep, FormStep } from '../../../ui/save-dialog-steps';
import { useConflictSave } from '../../../ui/use-conflict-save';
import { useCreatePilot } from '../api/create-pilot';
import { storedPilotOf } from '../api/pilot-cache';
import { useUpdatePilot } from '../api/update-pilot';
import {
  PILOT_CONFLICT_FIELDS,
  pilotCommandOf,
  pilotFormError,
  pilotFormValues,
  type PilotConflictField,
} from '../pilot-form';

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  group: { display: 'flex', flexDirection: 'column' },
});

export interface PilotDialogProps {
  /** The pilot to edit; none to create one. */
  pilot: Pilot | undefined;
  themes: Theme[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Creates or edits a pilot; mounted per opening, so each starts fresh. */
export function PilotDialog({ pilot, themes, onClose, onDone }: PilotDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const currentYear = yearOf(calendarDateIn(useNow()));
  const [defaults] = useState(() => pilotFormValues(pilot, currentYear));
  const form = useZodForm(pilotInputSchema, defaults, (issue) =>
    t(`pilots.errors.${pilotFormError(issue)}`, { max: TITLE_MAX_LENGTH }),
  );
  const { control } = form;
  const discard = useDiscardConfirm(form.formState.isDirty, onClose);
  const save = useConflictSave({
    item: pilot,
    create: useCreatePilot(),
    update: useUpdatePilot(),
    onCreated: (created) => onDone(t('pilots.created', { title: created.title })),
    onUpdated: (saved) => onDone(t('pilots.saved', { title: saved.title })),
    conflictFields: PILOT_CONFLICT_FIELDS,
    commandOf: pilotCommandOf,
    storedOf: storedPilotOf,
    saveFailedTitle: t('pilots.saveFailed'),
  });
  const texts = { save: t('pilots.save'), saving: t('pilots.saving'), cancel: t('pilots.cancel') };
  // Only a year from this list can be chosen, so the stored one is the only one to add.
  const years = [
    ...new Set([
      ...Array.from({ length: 8 }, (_, index) => currentYear - 2 + index),
      defaults.year,
    ]),
  ].sort((a, b) => a - b);

  const themeNames = (ids: number[]) =>
    ids.map((id) => themes.find((theme) => theme.id === id)?.name ?? `#${id}`).join(', ');
  const describe = (field: PilotConflictField, command: PilotCommand): string => {
    switch (field) {
      case 'title':
      case 'description':
        return command[field];
      case 'themeIds':
        return themeNames(command.themeIds);
      case 'year':
        return String(command.year);
      case 'status':
        return t(`pilotStatus.${command.status}`);
    }
  };
  const labels: Record<PilotConflictField, string> = {
    title: t('pilots.title'),
    themeIds: t('pilots.themes'),
    year: t('pilots.year'),
    status: t('pilots.status'),
    description: t('pilots.description'),
  };

  const step = () => {
    if (save.conflict) {
      return (
        <ConflictStep
          title={t('pilots.editTitle')}
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
        title={pilot ? t('pilots.editTitle') : t('pilots.createTitle')}
        onSubmit={form.handleSubmit(save.save)}
        failure={save.failure}
        pending={save.pending}
        texts={texts}
        onCancel={discard.requestClose}
      >
        <FormField control={control} name="title" label={t('pilots.title')} required>
          {(field) => <Input {...textInput(field)} />}
        </FormField>
        <FormField control={control} name="themeIds" label={t('pilots.themes')} required>
          {(field, controlProps) => (
            <ThemeCheckboxes
              field={field}
              controlProps={controlProps}
              themes={themes}
              className={styles.group}
            />
          )}
        </FormField>
        <div className={styles.pair}>
          <FormField control={control} name="year" label={t('pilots.year')}>
            {(field) => (
              <Select
                ref={field.ref}
                name={field.name}
                value={String(field.value)}
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
          <FormField control={control} name="status" label={t('pilots.status')}>
            {(field) => (
              <Dropdown
                ref={field.ref}
                value={t(`pilotStatus.${field.value}`)}
                selectedOptions={[field.value]}
                onBlur={field.onBlur}
                onOptionSelect={(_, data) => {
                  const status = PILOT_STATUSES.find((candidate) => candidate === data.optionValue);
                  if (status) field.onChange(status);
                }}
              >
                {PILOT_STATUSES.map((status) => (
                  <Option key={status} value={status}>
                    {t(`pilotStatus.${status}`)}
                  </Option>
                ))}
              </Dropdown>
            )}
          </FormField>
        </div>
        <FormField control={control} name="description" label={t('pilots.description')}>
          {(field) => <Textarea {...textInput(field)} resize="vertical" />}
        </FormField>
        {pilot && <LinkedPractices filter={{ pilotId: pilot.id }} headingLevel={3} />}
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
