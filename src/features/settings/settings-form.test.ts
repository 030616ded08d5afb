import { describe, expect, it } from 'vitest';
import { settingsFormError, settingsFormSchema, type SettingsFormValues } from './settings-form';

const valid: SettingsFormValues = {
  leadTimeDays: '30, 7',
  digestWeekday: '1',
  postToChannel: true,
  channelWebhookUrl: '',
  ladderStep5Label: '',
};

function errorsOf(values: Partial<SettingsFormValues>) {
  const parsed = settingsFormSchema.safeParse({ ...valid, ...values });
  return parsed.success ? [] : parsed.error.issues.map((issue) => settingsFormError(issue));
}

describe('the settings form', () => {
  it('turns typed lead times into whole days, each once, longest first', () => {
    expect(settingsFormSchema.parse({ ...valid, leadTimeDays: '7 30,7; 1' })).toEqual({
      leadTimeDays: [30, 7, 1],
      digestWeekday: 1,
      postToChannel: true,
      channelWebhookUrl: undefined,
      ladderStep5Label: undefined,
    });
  });

  it.each<[Partial<SettingsFormValues>, string[]]>([
    [{ leadTimeDays: '' }, ['leadTimesRequired']],
    [{ leadTimeDays: '0' }, ['leadTimeRange']],
    [{ leadTimeDays: '91' }, ['leadTimeRange']],
    [{ leadTimeDays: '90, 1' }, []],
    [{ leadTimeDays: '7.5' }, ['leadTimeWhole']],
    [{ leadTimeDays: 'een week' }, ['leadTimeWhole']],
    [{ leadTimeDays: '1 2 3 4 5 6 7 8 9 10 11' }, ['leadTimesTooMany']],
    [{ channelWebhookUrl: 'http://prod.example.com/workflows' }, ['webhookHttps']],
    [{ channelWebhookUrl: 'geen adres' }, ['webhookHttps']],
    [{ channelWebhookUrl: 'https://prod.example.com/workflows?sig=1' }, []],
    [{ ladderStep5Label: 'x'.repeat(65) }, ['ladderLabelLength']],
  ])('%o is refused with %j', (values, expected) => {
    expect(errorsOf(values)).toEqual(expected);
  });
});
