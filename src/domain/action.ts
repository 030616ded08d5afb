import { z } from 'zod';
import type { Person } from './person';

/** Stable internal values; the UI shows them as Niet gestart, Bezig, Gereed, Geblokkeerd. */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const actionStatusSchema = z.enum(ACTION_STATUSES);

export interface ProgressNote {
  /** Calendar date, `YYYY-MM-DD`. */
  date: string;
  text: string;
}

export interface Action {
  id: number;
  /** Undefined for the plan's organisation-wide actions, which belong to no theme. */
  themeId: number | undefined;
  goalId: number | undefined;
  title: string;
  description: string;
  /** The timing in the plan's own words, e.g. "Q1–Q2 2025" or "Doorlopend". */
  timing: string;
  /** The last day of the due quarter or year (`YYYY-MM-DD`), derived from the timing. */
  dueDate: string | undefined;
  status: ActionStatus;
  owner: Person | undefined;
  pilotIds: number[];
  progressNotes: ProgressNote[];
  version: string;
}

export const TITLE_MAX_LENGTH = 255;

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');

export const progressNoteSchema = z.object({
  date: calendarDate,
  text: z.string().trim().min(1).max(4000),
});

/** What a person may write when creating or editing an action. */
export const actionInputSchema = z.object({
  themeId: z.number().int().positive().optional(),
  goalId: z.number().int().positive().optional(),
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  description: z.string().max(10_000).default(''),
  timing: z.string().trim().max(TITLE_MAX_LENGTH).default(''),
  status: actionStatusSchema.default('not-started'),
  ownerId: z.number().int().positive().optional(),
  pilotIds: z.array(z.number().int().positive()).default([]),
  progressNotes: z.array(progressNoteSchema).default([]),
});
export type ActionInput = z.input<typeof actionInputSchema>;
export type ActionCommand = z.output<typeof actionInputSchema>;
