import * as z from 'zod/mini';
import { DEFAULT_LEAD_TIMES } from './deadlines';
import { procurementThresholdsSchema } from './procurement-thresholds';

export const LEAD_TIME_MIN = 1;
export const LEAD_TIME_MAX = 90;
export const MAX_LEAD_TIMES = 10;
export const LADDER_LABEL_MAX_LENGTH = 64;

/** Days before a deadline that owners are reminded: whole days, 1–90, at least one. */
export const leadTimeDaysSchema = z
  .array(z.int().check(z.minimum(LEAD_TIME_MIN), z.maximum(LEAD_TIME_MAX)))
  .check(z.minLength(1), z.maxLength(MAX_LEAD_TIMES));

/** ISO weekday of the channel digest: 1 is Monday, 7 Sunday. */
export const digestWeekdaySchema = z.int().check(z.minimum(1), z.maximum(7));

/** The channel's Workflows webhook: a secret (its `sig=` is the credential), https only. */
export const webhookUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

export const ladderLabelSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(LADDER_LABEL_MAX_LENGTH));

/** The settings a coordinator writes. */
export const appSettingsInputSchema = z.object({
  leadTimeDays: leadTimeDaysSchema,
  digestWeekday: digestWeekdaySchema,
  postToChannel: z.boolean(),
  channelWebhookUrl: z.optional(webhookUrlSchema),
  /** The plan does not name step 5 of the ladder; the coordinator may. */
  ladderStep5Label: z.optional(ladderLabelSchema),
  /** The procurement calendar's thresholds with their dates; none stored is the defaults. */
  procurementThresholds: z.optional(procurementThresholdsSchema),
});
export type AppSettingsInput = z.output<typeof appSettingsInputSchema>;

export const DEFAULT_APP_SETTINGS: AppSettingsInput = {
  leadTimeDays: [...DEFAULT_LEAD_TIMES.days],
  digestWeekday: 1,
  postToChannel: true,
  channelWebhookUrl: undefined,
  ladderStep5Label: undefined,
  procurementThresholds: undefined,
};

/** Lead times as the rules use them: each once, longest first. */
export function normalizedLeadTimes(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
