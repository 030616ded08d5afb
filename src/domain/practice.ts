import { z } from 'zod';
import { TITLE_MAX_LENGTH } from './action';
import type { Person } from './person';

/** A good example (best practice) shared with colleagues, as on the intranet Stella. */
export interface Practice {
  id: number;
  title: string;
  body: string;
  themeIds: number[];
  pilotId: number | undefined;
  actionId: number | undefined;
  author: Person | undefined;
  /** When it was posted: an instant, ISO 8601. */
  created: string;
  version: string;
}

export const practiceInputSchema = z.object({
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  body: z.string().trim().min(1).max(60_000),
  themeIds: z.array(z.number().int().positive()).default([]),
  pilotId: z.number().int().positive().optional(),
  actionId: z.number().int().positive().optional(),
});
export type PracticeInput = z.input<typeof practiceInputSchema>;
export type PracticeCommand = z.output<typeof practiceInputSchema>;
