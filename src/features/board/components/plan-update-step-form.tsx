import {
  Body1,
  Button,
  Caption1,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TITLE_MAX_LENGTH, type ActionSummary } from '../../../domain/action';
import { AMBITION_LEVELS } from '../../../domain/ambition';
import type { CalendarDate } from '../../../domain/calendar-date';
import { REASON_MAX_LENGTH } from '../../../domain/plan-update';
import { targetFor } from '../../../domain/theme';
import { formatTiming, parseTiming } from '../../../domain/timing';
import type { StoredPlanUpdate } from '../../../data/repositories';
import { isDataError } from '../../../data/errors';
import { FormField, textInput, useFormField } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { useErrorText } from '../../../ui/query-states';
import { useLadderLabel } from '../../../ui/use-ladder-label';
import { useSavePlanUpdate } from '../api/plan-update';
import {
  newActionKey,
  newActionValues,
  planUpdateFormError,
  planUpdateStepSchema,
  stepValues,
  withStep,
  type ChoiceKind,
  type PlanUpdateStep,
  type PlanUpdateStepOutput,
  type PlanUpdateStepValues,
} from '../plan-update-form';
import { TimingField } from './timing-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: { color: tokens.colorNeutralForeground2 },
  choices: { display: 'flex', flexWrap: 'wrap' },
  target: { maxWidth: '360px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const CHOICES: ChoiceKind[] = ['undecided', 'carry', 'done', 'stop'];

type StepControl = Control<PlanUpdateStepValues, unknown, PlanUpdateStepOutput>;

export interface PlanUpdateStepFormProps {
  step: PlanUpdateStep;
  stored: StoredPlanUpdate;
  today: CalendarDate;
  isFirst: boolean;
  /** After a save: on to the next step, or stay. */
  onSaved: (then: 'next' | 'stay') => void;
  onPrevious: () => void;
  /** Whether the form holds choices not yet saved, for leaving the step. */
  onDirtyChange: (dirty: boolean) => void;
  /** Reads the stored draft again, after a conflict. */
  onReload: () => void;
}

/** One theme's decisions: each open action of earlier years, new actions, the year's target. */
export function PlanUpdateStepForm({
  step,
  stored,
  today,
  isFirst,
  onSaved,
  onPrevious,
  onDirtyChange,
  onReload,
}: PlanUpdateStepFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const errorText = useErrorText();
  const ladderLabel = useLadderLabel();
  const { year } = stored.draft;
  const save = useSavePlanUpdate(year);
  const [defaults] = useState(() =>
    stepValues(step, stored.draft, today, step.theme && targetFor(step.theme, year)),
  );
  const form = useZodForm(planUpdateStepSchema, defaults, (issue) =>
    t(`planUpdate.errors.${planUpdateFormError(issue)}`, {
      max: issue.path?.at(-1) === 'reason' ? REASON_MAX_LENGTH : TITLE_MAX_LENGTH,
    }),
  );
  const { control } = form;
  const added = useFieldArray({ control, name: 'newActions', keyName: 'rowId' });
  const isDirty = form.formState.isDirty;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  const headingId = useId();

  const submit = (then: 'next' | 'stay') =>
    form.handleSubmit((values) =>
      save.mutate(
        { draft: withStep(stored.draft, step, values), version: stored.version },
        { onSuccess: () => onSaved(then) },
      ),
    );

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void submit('next')(event)}>
      <section className={styles.form} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId}>
          {t('planUpdate.openActions')}
        </Subtitle2>
        {step.actions.length === 0 ? (
          <Body1>{t('planUpdate.noOpenActions')}</Body1>
        ) : (
          <ul className={styles.list}>
            {step.actions.map((action, index) => (
              <ChoiceRow
                key={action.id}
                index={index}
                action={action}
                control={control}
                year={year}
              />
            ))}
          </ul>
        )}
      </section>

      {step.theme && (
        <section className={styles.form} aria-labelledby={`${headingId}-new`}>
          <Subtitle2 as="h3" id={`${headingId}-new`}>
            {t('planUpdate.newActions', { year })}
          </Subtitle2>
          {added.fields.length === 0 ? (
            <Body1>{t('planUpdate.noNewActions')}</Body1>
          ) : (
            <ul className={styles.list}>
              {added.fields.map((row, index) => (
                <NewActionRow
                  key={row.rowId}
                  index={index}
                  control={control}
                  year={year}
                  onRemove={() => added.remove(index)}
                />
              ))}
            </ul>
          )}
          <div>
            <Button
              icon={<Add16Regular />}
              onClick={() =>
                added.append(
                  newActionValues(
                    newActionKey([
                      ...stored.draft.newActions.map((row) => row.key),
                      ...form.getValues('newActions').map((row) => row.key),
                    ]),
                    year,
                  ),
                )
              }
            >
              {t('planUpdate.addAction')}
            </Button>
          </div>
          <FormField
            control={control}
            name="target"
            label={t('planUpdate.target', { year })}
            hint={t('planUpdate.targetHint', { current: targetFor(step.theme, year - 1), year })}
            className={styles.target}
          >
            {(field) => (
              <Select
                ref={field.ref}
                name={field.name}
                value={String(field.value)}
                onChange={(_, data) => field.onChange(Number(data.value))}
                onBlur={field.onBlur}
              >
                {AMBITION_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t('planUpdate.level', { level, label: ladderLabel(level) })}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </section>
      )}

      {save.isError &&
        (isDataError(save.error, 'conflict') ? (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{t('planUpdate.conflictTitle')}</MessageBarTitle>
              {t('planUpdate.conflict')}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onReload}>{t('planUpdate.reload')}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {t('planUpdate.saveFailed', { reason: errorText(save.error) })}
            </MessageBarBody>
          </MessageBar>
        ))}

      <div className={styles.buttons}>
        {!isFirst && (
          <Button onClick={onPrevious} disabled={save.isPending}>
            {t('planUpdate.previous')}
          </Button>
        )}
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {save.isPending ? t('planUpdate.saving') : t('planUpdate.saveAndNext')}
        </Button>
        <Button onClick={() => void submit('stay')()} disabled={save.isPending}>
          {t('planUpdate.saveForLater')}
        </Button>
      </div>
    </form>
  );
}

function ChoiceRow({
  index,
  action,
  control,
  year,
}: {
  index: number;
  action: ActionSummary;
  control: StepControl;
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const titleId = useId();
  const kind = useWatch({ control, name: `choices.${index}.kind` });
  const timing = useFormField(control, `choices.${index}.timing`);
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <li>
      <div className={styles.row} role="group" aria-labelledby={titleId}>
        <Body1 id={titleId}>
          <strong>{action.title}</strong>
        </Body1>
        <Caption1 className={styles.meta}>
          {t('planUpdate.timingWas', {
            timing: action.timing
              ? formatTiming(parseTiming(action.timing), locale)
              : t('planUpdate.noTiming'),
          })}
          {' · '}
          {t(`status.${action.status}`)}
          {' · '}
          {t('planUpdate.planYear', { year: action.planYear })}
        </Caption1>
        <FormField
          control={control}
          name={`choices.${index}.kind`}
          label={t('planUpdate.choice', { title: action.title })}
        >
          {(field) => (
            <RadioGroup
              layout="horizontal"
              className={styles.choices}
              name={field.name}
              value={field.value}
              onChange={(_, data) => field.onChange(data.value)}
              onBlur={field.onBlur}
            >
              {CHOICES.map((choice) => (
                <Radio
                  key={choice}
                  ref={choice === field.value ? field.ref : undefined}
                  value={choice}
                  label={t(`planUpdate.choices.${choice}`, { year })}
                />
              ))}
            </RadioGroup>
          )}
        </FormField>
        {kind === 'carry' && (
          <TimingField
            field={timing.field}
            validation={timing.validation}
            years={[year, year + 1]}
          />
        )}
        {kind === 'stop' && (
          <FormField
            control={control}
            name={`choices.${index}.reason`}
            label={t('planUpdate.reason')}
            required
          >
            {(field) => <Textarea {...textInput(field)} resize="vertical" />}
          </FormField>
        )}
      </div>
    </li>
  );
}

function NewActionRow({
  index,
  control,
  year,
  onRemove,
}: {
  index: number;
  control: StepControl;
  year: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const title = useWatch({ control, name: `newActions.${index}.title` });
  const timing = useFormField(control, `newActions.${index}.timing`);
  return (
    <li className={styles.row}>
      <FormField
        control={control}
        name={`newActions.${index}.title`}
        label={t('planUpdate.newActionTitle')}
        required
      >
        {(field) => <Input {...textInput(field)} />}
      </FormField>
      <TimingField field={timing.field} validation={timing.validation} years={[year, year + 1]} />
      <div>
        <Button icon={<Delete16Regular />} onClick={onRemove}>
          {title.trim()
            ? t('planUpdate.removeAction', { title: title.trim() })
            : t('planUpdate.removeUntitled')}
        </Button>
      </div>
    </li>
  );
}
