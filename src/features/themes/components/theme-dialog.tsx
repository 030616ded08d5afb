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
import { AMBITION_LEVELS, type AmbitionLevel } from '../../../domain/ambition';
import type { Theme } from '../../../domain/theme';
import {
  THEME_TEXT_MAX_LENGTH,
  themeCommandOf,
  themeInputSchema,
  type ThemeCommand,
} from '../../../domain/theme-input';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm, type FormIssue } from '../../../ui/form/use-zod-form';
import { ConflictStep, FormStep } from '../../../ui/save-dialog-steps';
import { useConflictSave, type SaveMutation } from '../../../ui/use-conflict-save';
import { useLadderLabel } from '../../../ui/use-ladder-label';
import { storedThemeOf, useSitePeople, useUpdateTheme } from '../api/theme-mutations';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

/** The fields a conflict is resolved on, one by one. */
const THEME_CONFLICT_FIELDS = [
  'description',
  'focusAreas',
  'longTermGoals',
  'policies',
  'baselineLevel',
  'targetLevel',
  'ownerId',
] as const satisfies readonly (keyof ThemeCommand)[];
type ThemeConflictField = (typeof THEME_CONFLICT_FIELDS)[number];

interface ThemeFormValues {
  description: string;
  focusAreas: string;
  longTermGoals: string;
  policies: string;
  baselineLevel: number;
  targetLevel: number;
  ownerId: number | undefined;
}

function themeFormValues(theme: Theme): ThemeFormValues {
  return {
    description: theme.description,
    focusAreas: theme.focusAreas.join('\n'),
    longTermGoals: theme.longTermGoals.join('\n'),
    policies: theme.policies.join('\n'),
    baselineLevel: theme.baselineLevel,
    targetLevel: theme.targetLevel,
    ownerId: theme.owner?.id,
  };
}

function themeFormError(issue: FormIssue): 'tooLong' | 'targetBelowBaseline' | 'invalid' {
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'custom' && issue.path?.[0] === 'targetLevel') return 'targetBelowBaseline';
  return 'invalid';
}

/** Themes are the plan's own: they are edited, never created here. */
const NO_CREATE: SaveMutation<ThemeCommand, Theme> = {
  isPending: false,
  mutate: (_, { onError }) => onError(new Error('themes are not created')),
};

export interface ThemeDialogProps {
  theme: Theme;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A coordinator edits a theme's texts, ladder positions and owner; mounted per opening. */
export function ThemeDialog({ theme, onClose, onDone }: ThemeDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const ladderLabel = useLadderLabel();
  const people = useSitePeople();
  const [defaults] = useState(() => themeFormValues(theme));
  const form = useZodForm(themeInputSchema, defaults, (issue) =>
    t(`structure.theme.errors.${themeFormError(issue)}`, { max: THEME_TEXT_MAX_LENGTH }),
  );
  const { control } = form;
  const discard = useDiscardConfirm(form.formState.isDirty, onClose);
  const save = useConflictSave({
    item: theme,
    create: NO_CREATE,
    update: useUpdateTheme(),
    onCreated: () => undefined,
    onUpdated: (saved) => onDone(t('structure.theme.saved', { name: saved.name })),
    conflictFields: THEME_CONFLICT_FIELDS,
    commandOf: themeCommandOf,
    storedOf: storedThemeOf,
    saveFailedTitle: t('structure.theme.saveFailed'),
  });
  const texts = {
    save: t('structure.theme.save'),
    saving: t('structure.theme.saving'),
    cancel: t('structure.theme.cancel'),
  };
  const title = t('structure.theme.title', { name: theme.name });
  const levelText = (level: number) =>
    t('structure.theme.level', { level, label: ladderLabel(level as AmbitionLevel) });
  // The stored owner stays choosable while the people load, or if they cannot.
  const owners = people.data ?? (theme.owner ? [theme.owner] : []);
  const ownerName = (id: number | undefined) =>
    id === undefined
      ? t('structure.theme.noOwner')
      : (owners.find((person) => person.id === id)?.name ??
        (save.conflict?.theirs.owner?.id === id ? save.conflict.theirs.owner.name : `#${id}`));

  const labels: Record<ThemeConflictField, string> = {
    description: t('structure.theme.description'),
    focusAreas: t('structure.theme.focusAreas'),
    longTermGoals: t('structure.theme.longTermGoals'),
    policies: t('structure.theme.policies'),
    baselineLevel: t('structure.theme.baselineLevel'),
    targetLevel: t('structure.theme.targetLevel'),
    ownerId: t('structure.theme.owner'),
  };
  const describe = (field: ThemeConflictField, command: ThemeCommand): string => {
    switch (field) {
      case 'description':
        return command.description;
      case 'focusAreas':
      case 'longTermGoals':
      case 'policies':
        return command[field].join('\n');
      case 'baselineLevel':
      case 'targetLevel':
        return levelText(command[field]);
      case 'ownerId':
        return ownerName(command.ownerId);
    }
  };

  const lines = (name: 'focusAreas' | 'longTermGoals' | 'policies') => (
    <FormField
      control={control}
      name={name}
      label={labels[name]}
      hint={t('structure.theme.linesHint')}
    >
      {(field) => <Textarea {...textInput(field)} resize="vertical" rows={4} />}
    </FormField>
  );
  const level = (name: 'baselineLevel' | 'targetLevel') => (
    <FormField control={control} name={name} label={labels[name]}>
      {(field) => (
        <Select
          ref={field.ref}
          name={field.name}
          value={String(field.value)}
          onBlur={field.onBlur}
          onChange={(_, data) => field.onChange(Number(data.value))}
        >
          {AMBITION_LEVELS.map((option) => (
            <option key={option} value={option}>
              {levelText(option)}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );

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
        <FormField control={control} name="description" label={labels.description}>
          {(field) => <Textarea {...textInput(field)} resize="vertical" rows={4} />}
        </FormField>
        {lines('focusAreas')}
        {lines('longTermGoals')}
        {lines('policies')}
        <div className={styles.pair}>
          {level('baselineLevel')}
          {level('targetLevel')}
        </div>
        <FormField
          control={control}
          name="ownerId"
          label={labels.ownerId}
          hint={
            people.isPending
              ? t('structure.theme.peopleLoading')
              : people.isError
                ? t('structure.theme.peopleFailed')
                : undefined
          }
        >
          {(field) => (
            <Select
              ref={field.ref}
              name={field.name}
              value={field.value === undefined ? '' : String(field.value)}
              onBlur={field.onBlur}
              onChange={(_, data) => field.onChange(data.value ? Number(data.value) : undefined)}
            >
              <option value="">{t('structure.theme.noOwner')}</option>
              {owners.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.email ? `${person.name} (${person.email})` : person.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
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
