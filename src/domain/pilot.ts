import * as z from 'zod/mini';
import { TITLE_MAX_LENGTH } from './action';

export const PILOT_STATUSES = ['planned', 'running', 'completed'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];
export const pilotStatusSchema = z.enum(PILOT_STATUSES);

/** A pilot procurement (pilot-aanbesteding); one pilot may serve several themes. */
export interface Pilot {
  id: number;
  title: string;
  themeIds: number[];
  year: number;
  status: PilotStatus;
  description: string;
  version: string;
}

export const pilotInputSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  themeIds: z.array(z.int().check(z.positive())).check(z.minLength(1)),
  year: z.int().check(z.minimum(2020), z.maximum(2100)),
  status: z._default(pilotStatusSchema, 'planned'),
  description: z._default(z.string().check(z.maxLength(10_000)), ''),
});
export type PilotInput = z.input<typeof pilotInputSchema>;
export type PilotCommand = z.output<typeof pilotInputSchema>;
