import {
  Checkbox,
  Dialog,
  DialogSurface,
  Dropdown,
  Field,
  FieldContextProvider,
  Input,
  makeStyles,
  Option,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TITLE_MAX_LENGTH } from '../../../domain/action';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { PILOT_STATUSES, type Pilot, type PilotCommand } from '../../../domain/pilot';
import type { Theme } from '../../../domain/theme';
import { useNow } from '../../../ui/clock';
import { ConflictStep, FormStep } from '../../../ui/save-dialog-steps';
import { useConflictSave } from '../../../ui/use-conflict-save';
import { useValidatedSubmit } from '../../../ui/use-validated-submit';
import { useCreatePilot } from '../api/create-pilot';
import { storedPilotOf } from '../api/pilot-cache';
import { useUpdatePilot } from '../api/update-pilot';
import {
  PILOT_CONFLICT_FIELDS,
  pilotCommandOf,
  pilotFormValues,
  validatePilotForm,
  type PilotConflictField,
  type PilotFormError,
  type PilotFormValues,
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
  const [values, setValues] = useState(() => pilotFormValues(pilot, currentYear));
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

  const result = validatePilotForm(values);
  const { formRef, submit, errors } = useValidatedSubmit(result, save.save);
  const message = (error: PilotFormError | undefined) =>
    error && t(`pilots.errors.${error}`, { max: TITLE_MAX_LENGTH });
  const set = (change: Partial<PilotFormValues>) =>
    setValues((current) => ({ ...current, ...change }));
  const years = [
    ...new Set([...Array.from({ length: 8 }, (_, index) => currentYear - 2 + index), values.year]),
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

  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        {save.conflict ? (
          <ConflictStep
            title={t('pilots.editTitle')}
            rows={save.conflictRows(labels, describe)}
            onChoose={save.choose}
            failure={save.failure}
            pending={save.pending}
            texts={texts}
            onSaveMerged={save.saveMerged}
            onCancel={onClose}
          />
        ) : (
          <FormStep
            title={pilot ? t('pilots.editTitle') : t('pilots.createTitle')}
            formRef={formRef}
            onSubmit={submit}
            failure={save.failure}
            pending={save.pending}
            texts={texts}
            onCancel={onClose}
          >
            <Field label={t('pilots.title')} required validationMessage={message(errors.title)}>
              <Input value={values.title} onChange={(_, data) => set({ title: data.value })} />
            </Field>
            <Field label={t('pilots.themes')} required validationMessage={message(errors.themeIds)}>
              {(fieldProps) => (
                <div role="group" className={styles.group} {...fieldProps}>
                  {/* Each checkbox is its own control; the field labels the group. */}
                  <FieldContextProvider value={undefined}>
                    {themes.map((theme) => (
                      <Checkbox
                        key={theme.id}
                        label={theme.name}
                        checked={values.themeIds.includes(theme.id)}
                        onChange={(_, data) =>
                          set({
                            themeIds: data.checked
                              ? [...values.themeIds, theme.id]
                              : values.themeIds.filter((id) => id !== theme.id),
                          })
                        }
                      />
                    ))}
                  </FieldContextProvider>
                </div>
              )}
            </Field>
            <div className={styles.pair}>
              <Field label={t('pilots.year')} validationMessage={message(errors.year)}>
                <Select
                  value={String(values.year)}
                  onChange={(_, data) => set({ year: Number(data.value) })}
                >
                  {years.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('pilots.status')}>
                <Dropdown
                  value={t(`pilotStatus.${values.status}`)}
                  selectedOptions={[values.status]}
                  onOptionSelect={(_, data) => {
                    const status = PILOT_STATUSES.find(
                      (candidate) => candidate === data.optionValue,
                    );
                    if (status) set({ status });
                  }}
                >
                  {PILOT_STATUSES.map((status) => (
                    <Option key={status} value={status}>
                      {t(`pilotStatus.${status}`)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </div>
            <Field label={t('pilots.description')} validationMessage={message(errors.description)}>
              <Textarea
                value={values.description}
                resize="vertical"
                onChange={(_, data) => set({ description: data.value })}
              />
            </Field>
          </FormStep>
        )}
      </DialogSurface>
    </Dialog>
  );
}
