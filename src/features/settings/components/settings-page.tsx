import {
  Button,
  Caption1,
  Checkbox,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_TIME_MAX, LEAD_TIME_MIN, MAX_LEAD_TIMES } from '../../../domain/app-settings';
import { isDataError } from '../../../data/errors';
import type { AppSettings } from '../../../data/repositories';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { LiveRegion } from '../../../ui/live-region';
import { LoadError, useErrorText } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { useLocalDeadlineCheck } from '../api/check-deadlines-now';
import { useSaveSettings, useSettings } from '../api/use-settings';
import { ProcurementThresholdsForm } from './procurement-thresholds-form';
import { settingsFormError, settingsFormSchema, settingsFormValues } from '../settings-form';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '640px',
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The coordinator's settings: reminders, the channel digest, the ladder's step 5. */
export function SettingsPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const user = useCurrentUser();
  const settings = useSettings();
  // Outside the form, which starts afresh after a save.
  const [message, setMessage] = useState('');

  let content;
  if (user.isPending || settings.isPending) content = <Spinner label={t('app.loading')} />;
  else if (settings.isError) {
    content = <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  } else if (!user.data?.isCoordinator) {
    content = (
      <MessageBar intent="info">
        <MessageBarBody>{t('settings.coordinatorsOnly')}</MessageBarBody>
      </MessageBar>
    );
  } else {
    // Keyed by version: a save or a newer read starts the form from what is stored.
    content = (
      <>
        <SettingsForm key={settings.data.version} settings={settings.data} onSaved={setMessage} />
        <ProcurementThresholdsForm
          key={`thresholds ${settings.data.version}`}
          settings={settings.data}
          onSaved={setMessage}
        />
      </>
    );
  }
  return (
    <section className={styles.page} aria-labelledby="settings-heading">
      <Title2 as="h1" id="settings-heading">
        {t('settings.heading')}
      </Title2>
      {content}
      <LiveRegion message={message} />
    </section>
  );
}

function SettingsForm({
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
  const check = useLocalDeadlineCheck();
  const [defaults] = useState(() => settingsFormValues(settings));
  const form = useZodForm(settingsFormSchema, defaults, (issue) =>
    t(`settings.errors.${settingsFormError(issue)}`, {
      min: LEAD_TIME_MIN,
      max: LEAD_TIME_MAX,
      count: MAX_LEAD_TIMES,
    }),
  );
  const { control } = form;
  const conflict = isDataError(save.error, 'conflict');

  const submit = form.handleSubmit((values) =>
    save.mutate(
      // Settings this form does not show (the procurement thresholds) are saved as they are.
      { settings: { ...settings, ...values }, version: settings.version },
      { onSuccess: () => onSaved(t('settings.saved')) },
    ),
  );

  return (
    <>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <FormField
          control={control}
          name="leadTimeDays"
          label={t('settings.leadTimes')}
          hint={t('settings.leadTimesHint', { min: LEAD_TIME_MIN, max: LEAD_TIME_MAX })}
          required
        >
          {(field) => <Input {...textInput(field)} inputMode="numeric" />}
        </FormField>
        <FormField control={control} name="digestWeekday" label={t('settings.digestWeekday')}>
          {(field) => (
            <Select
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={(_, data) => field.onChange(data.value)}
              onBlur={field.onBlur}
            >
              {WEEKDAYS.map((day) => (
                <option key={day} value={String(day)}>
                  {t(`settings.weekday${day}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField control={control} name="postToChannel">
          {(field) => (
            <Checkbox
              ref={field.ref}
              name={field.name}
              checked={field.value}
              onChange={(_, data) => field.onChange(data.checked === true)}
              onBlur={field.onBlur}
              label={t('settings.postToChannel')}
            />
          )}
        </FormField>
        <FormField
          control={control}
          name="channelWebhookUrl"
          label={t('settings.webhookUrl')}
          hint={t('settings.webhookUrlHint')}
        >
          {(field) => <Input {...textInput(field)} type="url" />}
        </FormField>
        <FormField
          control={control}
          name="ladderStep5Label"
          label={t('settings.ladderStep5')}
          hint={t('settings.ladderStep5Hint')}
        >
          {(field) => <Input {...textInput(field)} />}
        </FormField>
        {save.isError && (
          <MessageBar intent={conflict ? 'warning' : 'error'} role="alert">
            <MessageBarBody>
              <MessageBarTitle>
                {conflict ? t('settings.conflictTitle') : t('settings.saveFailed')}
              </MessageBarTitle>
              {conflict ? t('settings.conflict') : errorText(save.error)}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={save.isPending}>
            {save.isPending ? t('settings.saving') : t('settings.save')}
          </Button>
        </div>
      </form>
      {check.available && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.localCheckTitle')}</MessageBarTitle>
            {check.run.isSuccess
              ? t('settings.localCheckDone', {
                  count: check.run.data.sent,
                  digest: t(`settings.digest.${check.run.data.digest}`, {
                    defaultValue: check.run.data.digest,
                  }),
                })
              : check.run.isError
                ? t('settings.localCheckFailed')
                : t('settings.localCheck')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => check.run.mutate()} disabled={check.run.isPending}>
              {t('settings.checkNow')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Caption1>{t('settings.secretNote')}</Caption1>
    </>
  );
}
