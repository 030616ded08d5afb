import { z } from 'zod';
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
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  themeIds: z.array(z.number().int().positive()).min(1),
  year: z.number().int().min(2020).max(2100),
  status: pilotStatusSchema.default('planned'),
  description: z.string().max(10_000).default(''),
});
export type PilotInput = z.input<typeof pilotInputSchema>;
export type PilotCommand = z.output<typeof pilotInputSchema>;
