import {
  Body1,
  Button,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_PROCUREMENT_THRESHOLDS,
  MAX_THRESHOLDS,
  THRESHOLD_RULES,
} from '../../../domain/procurement-thresholds';
import { isDataError } from '../../../data/errors';
import type { AppSettings } from '../../../data/repositories';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { useErrorText } from '../../../ui/query-states';
import { useSaveSettings } from '../api/use-settings';
import {
  thresholdsFormError,
  thresholdsFormSchema,
  thresholdsFormValues,
} from '../thresholds-form';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 2fr) minmax(120px, 1fr) minmax(140px, 1fr) auto',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * The procurement calendar's thresholds, each with the date it applies from. Saved with the rest
 * of the settings, from the version read, so a save never overwrites someone else's.
 */
export function ProcurementThresholdsForm({
  settings,
  onSaved,
}: {
  settings: AppSettings;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const errorText = useErrorText();
  const save = useSaveSettings();
  const [defaults] = useState(() => thresholdsFormValues(settings.procurementThresholds));
  const form = useZodForm(thresholdsFormSchema, defaults, (issue) => {
    const error = thresholdsFormError(issue);
    return error.code === 'missing'
      ? t('procurements.thresholds.errors.missing', {
          rule: t(`procurements.thresholds.rules.${error.rule}`),
        })
      : t(`procurements.thresholds.errors.${error.code}`, { max: MAX_THRESHOLDS });
  });
  const { control } = form;
  const rows = useFieldArray({ control, name: 'thresholds' });
  const listError = form.formState.errors.thresholds;
  const listMessage = listError?.root?.message ?? listError?.message;
  const conflict = isDataError(save.error, 'conflict');

  const submit = form.handleSubmit((values) =>
    save.mutate(
      {
        settings: { ...settings, procurementThresholds: values.thresholds },
        version: settings.version,
      },
      { onSuccess: () => onSaved(t('procurements.thresholds.saved')) },
    ),
  );

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="thresholds-heading"
    >
      <Subtitle1 as="h2" id="thresholds-heading">
        {t('procurements.thresholds.heading')}
      </Subtitle1>
      <Body1>{t('procurements.thresholds.intro')}</Body1>
      {rows.fields.map((row, index) => (
        <div
          key={row.id}
          className={styles.row}
          role="group"
          aria-label={t('procurements.thresholds.rowLabel', { number: index + 1 })}
        >
          <FormField
            control={control}
            name={`thresholds.${index}.rule`}
            label={t('procurements.thresholds.rule')}
          >
            {(field) => (
              <Select
                ref={field.ref}
                name={field.name}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(_, data) =>
                  field.onChange(THRESHOLD_RULES.find((rule) => rule === data.value) ?? field.value)
                }
              >
                {THRESHOLD_RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {t(`procurements.thresholds.rules.${rule}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField
            control={control}
            name={`thresholds.${index}.amountEur`}
            label={t('procurements.thresholds.amount')}
          >
            {(field) => <Input {...textInput(field)} inputMode="numeric" />}
          </FormField>
          <FormField
            control={control}
            name={`thresholds.${index}.effectiveFrom`}
            label={t('procurements.thresholds.effectiveFrom')}
          >
            {(field) => <Input {...textInput(field)} type="date" />}
          </FormField>
          <Button
            icon={<DeleteRegular />}
            aria-label={t('procurements.thresholds.remove', {
              rule: t(`procurements.thresholds.rules.${row.rule}`),
              date: row.effectiveFrom,
            })}
            onClick={() => rows.remove(index)}
          />
        </div>
      ))}
      {listMessage && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{listMessage}</MessageBarBody>
        </MessageBar>
      )}
      {save.isError && (
        <MessageBar intent={conflict ? 'warning' : 'error'} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('procurements.thresholds.saveFailed')}</MessageBarTitle>
            {conflict ? t('procurements.thresholds.conflict') : errorText(save.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          icon={<AddRegular />}
          disabled={rows.fields.length >= MAX_THRESHOLDS}
          onClick={() => rows.append({ rule: 'mvoi-criteria', amountEur: '', effectiveFrom: '' })}
        >
          {t('procurements.thresholds.add')}
        </Button>
        <Button
          onClick={() =>
            rows.replace(thresholdsFormValues(DEFAULT_PROCUREMENT_THRESHOLDS).thresholds)
          }
        >
          {t('procurements.thresholds.reset')}
        </Button>
        <Button appearance="primary" type="submit" disabled={save.isPending}>
          {save.isPending ? t('procurements.thresholds.saving') : t('procurements.thresholds.save')}
        </Button>
      </div>
    </form>
  );
}
