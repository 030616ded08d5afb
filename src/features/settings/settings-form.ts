import * as z from 'zod/mini';
import {
  digestWeekdaySchema,
  ladderLabelSchema,
  leadTimeDaysSchema,
  webhookUrlSchema,
  type AppSettingsInput,
} from '../../domain/app-settings';
import type { AppSettings } from '../../data/repositories';
import type { FormIssue } from '../../ui/form/use-zod-form';

/** What the settings form holds: the lead times as typed ("30, 7"), the rest as its controls do. */
export interface SettingsFormValues {
  leadTimeDays: string;
  digestWeekday: string;
  postToChannel: boolean;
  channelWebhookUrl: string;
  ladderStep5Label: string;
}

const blankToUndefined = z.transform((value: string) => value.trim() || undefined);

/** The form's values into the settings to save, checked field by field. */
export const settingsFormSchema = z.object({
  leadTimeDays: z.pipe(
    z.pipe(
      z.string(),
      z.transform((text, ctx) => {
        const parts = text.split(/[\s,;]+/).filter(Boolean);
        if (parts.some((part) => !/^\d+$/.test(part))) {
          // No message of its own: the form words it (an issue's own message would win).
          ctx.issues.push({ code: 'custom', input: text });
          return z.NEVER;
        }
        return [...new Set(parts.map(Number))].sort((a, b) => b - a);
      }),
    ),
    leadTimeDaysSchema,
  ),
  digestWeekday: z.pipe(z.pipe(z.string(), z.transform(Number)), digestWeekdaySchema),
  postToChannel: z.boolean(),
  channelWebhookUrl: z.pipe(z.pipe(z.string(), blankToUndefined), z.optional(webhookUrlSchema)),
  ladderStep5Label: z.pipe(z.pipe(z.string(), blankToUndefined), z.optional(ladderLabelSchema)),
}) satisfies z.ZodMiniType<AppSettingsInput, SettingsFormValues>;

export function settingsFormValues(settings: AppSettings): SettingsFormValues {
  return {
    leadTimeDays: settings.leadTimeDays.join(', '),
    digestWeekday: String(settings.digestWeekday),
    postToChannel: settings.postToChannel,
    channelWebhookUrl: settings.channelWebhookUrl ?? '',
    ladderStep5Label: settings.ladderStep5Label ?? '',
  };
}

export type SettingsFormError =
  | 'leadTimeWhole'
  | 'leadTimeRange'
  | 'leadTimesRequired'
  | 'leadTimesTooMany'
  | 'webhookHttps'
  | 'ladderLabelLength'
  | 'invalid';

/** What to say at the field the form's schema refused. */
export function settingsFormError(
  issue: Pick<FormIssue, 'path'> & { code?: string },
): SettingsFormError {
  switch (issue.path?.[0]) {
    case 'leadTimeDays':
      if (issue.code === 'custom') return 'leadTimeWhole';
      // A refused number sits at its index; a refused list at the list itself.
      if (issue.path.length > 1) return 'leadTimeRange';
      return issue.code === 'too_big' ? 'leadTimesTooMany' : 'leadTimesRequired';
    case 'channelWebhookUrl':
      return 'webhookHttps';
    case 'ladderStep5Label':
      return 'ladderLabelLength';
    default:
      return 'invalid';
  }
}
