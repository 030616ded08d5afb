import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { TITLE_MAX_LENGTH } from '../../../domain/action';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { PILOT_STATUSES, type Pilot, type PilotCommand } from '../../../domain/pilot';
import type { Theme } from '../../../domain/theme';
import { useNow } from '../../../ui/clock';
import {
  defaultChoices,
  differingFields,
  mergeChosen,
  type ConflictChoices,
} from '../../../ui/conflict-merge';
import { ConflictResolver } from '../../../ui/conflict-resolver';
import { focusFirstInvalid } from '../../../ui/focus-first-invalid';
import { SaveError } from '../../../ui/save-error';
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
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  group: { display: 'flex', flexDirection: 'column' },
});

interface Conflict {
  theirs: Pilot;
  yours: PilotCommand;
  choices: ConflictChoices<PilotConflictField>;
}

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
  const create = useCreatePilot();
  const update = useUpdatePilot();
  const [values, setValues] = useState(() => pilotFormValues(pilot, currentYear));
  const [original] = useState(() => (pilot ? pilotCommandOf(pilot) : undefined));
  const [showErrors, setShowErrors] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [conflict, setConflict] = useState<Conflict>();
  const [failure, setFailure] = useState<{ error: unknown; retry: () => void }>();
  const pending = create.isPending || update.isPending;

  const result = validatePilotForm(values);
  const errors = showErrors && 'errors' in result ? result.errors : {};
  const message = (error: PilotFormError | undefined) =>
    error && t(`pilots.errors.${error}`, { max: TITLE_MAX_LENGTH });
  const set = (change: Partial<PilotFormValues>) =>
    setValues((current) => ({ ...current, ...change }));
  const years = [
    ...new Set([...Array.from({ length: 8 }, (_, index) => currentYear - 2 + index), values.year]),
  ].sort((a, b) => a - b);

  const send = (command: PilotCommand, version: string | undefined) => {
    setFailure(undefined);
    const onError = (error: unknown) => {
      const theirs = storedPilotOf(error);
      if (theirs) {
        setConflict({
          theirs,
          yours: command,
          choices: defaultChoices(PILOT_CONFLICT_FIELDS, original ?? command, command),
        });
      } else {
        setFailure({ error, retry: () => send(command, version) });
      }
    };
    if (pilot && version !== undefined) {
      update.mutate(
        { id: pilot.id, command, version },
        { onSuccess: (saved) => onDone(t('pilots.saved', { title: saved.title })), onError },
      );
    } else {
      create.mutate(command, {
        onSuccess: (created) => onDone(t('pilots.created', { title: created.title })),
        onError,
      });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('command' in result) {
      send(result.command, pilot?.version);
      return;
    }
    flushSync(() => setShowErrors(true));
    focusFirstInvalid(formRef.current);
  };

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

  const failureBar = failure && (
    <SaveError title={t('pilots.saveFailed')} error={failure.error} onRetry={failure.retry} />
  );

  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        {conflict ? (
          <DialogBody>
            <DialogTitle>{t('pilots.editTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              {failureBar}
              <ConflictResolver
                rows={differingFields(
                  PILOT_CONFLICT_FIELDS,
                  pilotCommandOf(conflict.theirs),
                  conflict.yours,
                ).map((field) => ({
                  key: field,
                  label: labels[field],
                  theirs: describe(field, pilotCommandOf(conflict.theirs)),
                  yours: describe(field, conflict.yours),
                  choice: conflict.choices[field],
                }))}
                onChoose={(field, side) =>
                  setConflict(
                    (current) =>
                      current && { ...current, choices: { ...current.choices, [field]: side } },
                  )
                }
              />
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={pending}
                onClick={() =>
                  send(
                    mergeChosen(
                      PILOT_CONFLICT_FIELDS,
                      pilotCommandOf(conflict.theirs),
                      conflict.yours,
                      conflict.choices,
                    ),
                    conflict.theirs.version,
                  )
                }
              >
                {pending ? t('pilots.saving') : t('conflict.saveMerged')}
              </Button>
              <Button onClick={onClose}>{t('pilots.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        ) : (
          <form ref={formRef} onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{pilot ? t('pilots.editTitle') : t('pilots.createTitle')}</DialogTitle>
              <DialogContent className={styles.form}>
                {failureBar}
                <Field label={t('pilots.title')} required validationMessage={message(errors.title)}>
                  <Input value={values.title} onChange={(_, data) => set({ title: data.value })} />
                </Field>
                <Field
                  label={t('pilots.themes')}
                  required
                  validationMessage={message(errors.themeIds)}
                >
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
                <Field
                  label={t('pilots.description')}
                  validationMessage={message(errors.description)}
                >
                  <Textarea
                    value={values.description}
                    resize="vertical"
                    onChange={(_, data) => set({ description: data.value })}
                  />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={pending}>
                  {pending ? t('pilots.saving') : t('pilots.save')}
                </Button>
                <Button onClick={onClose}>{t('pilots.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}
