import * as z from 'zod/mini';
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

const positiveId = z.int().check(z.positive());

export const practiceInputSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(60_000)),
  themeIds: z._default(z.array(positiveId), []),
  pilotId: z.optional(positiveId),
  actionId: z.optional(positiveId),
});
export type PracticeInput = z.input<typeof practiceInputSchema>;
export type PracticeCommand = z.output<typeof practiceInputSchema>;
