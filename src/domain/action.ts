import * as z from 'zod/mini';
import type { Person } from './person';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from './plan-year';

/** Stable internal values; the UI shows them as Niet gestart, Bezig, Gereed, Geblokkeerd. */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const actionStatusSchema = z.enum(ACTION_STATUSES);

/**
 * How the yearly update closed an earlier year's action that was still open: carried into the
 * new year's plan as a new action, or stopped with a reason. Its status stays as it was, so the
 * old year reads the same; closed, it no longer counts as open or late.
 */
export const ACTION_OUTCOMES = ['carried', 'stopped'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

export interface ActionClosure {
  outcome: ActionOutcome;
  /** Why it stopped; empty for carried actions. */
  reason: string;
  /** The new year's action it was carried into. */
  carriedToId: number | undefined;
}

export interface ProgressNote {
  /** Calendar date, `YYYY-MM-DD`. */
  date: string;
  text: string;
}

/** An action as its card shows it: everything but the long texts, which only its dialog reads. */
export interface ActionSummary {
  id: number;
  /** Undefined for the plan's organisation-wide actions, which belong to no theme. */
  themeId: number | undefined;
  goalId: number | undefined;
  title: string;
  /** The timing in the plan's own words, e.g. "Q1–Q2 2025" or "Doorlopend". */
  timing: string;
  /** The last day of the due quarter or year (`YYYY-MM-DD`), derived from the timing. */
  dueDate: string | undefined;
  /** Which year's plan the action belongs to; it stays when the timing moves (see plan-year.ts). */
  planYear: number;
  status: ActionStatus;
  owner: Person | undefined;
  pilotIds: number[];
  version: string;
  /** Set once the yearly update closed it (see ActionClosure); absent while it is not. */
  closure?: ActionClosure;
  /** The earlier year's action this one continues, for a carried-over action. */
  carriedFromId?: number;
}

/** The whole action, with its description and progress notes. */
export interface Action extends ActionSummary {
  description: string;
  progressNotes: ProgressNote[];
}

export const TITLE_MAX_LENGTH = 255;

const calendarDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'));
const positiveId = z.int().check(z.positive());
const planYear = z.int().check(z.gte(MIN_PLAN_YEAR), z.lte(MAX_PLAN_YEAR));

export const progressNoteSchema = z.object({
  date: calendarDate,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
});

const description = z.string().check(z.maxLength(10_000));
const progressNotes = z.array(progressNoteSchema);

/** The fields every save sends. */
const actionFields = {
  themeId: z.optional(positiveId),
  goalId: z.optional(positiveId),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  timing: z._default(z.string().check(z.trim(), z.maxLength(TITLE_MAX_LENGTH)), ''),
  status: z._default(actionStatusSchema, 'not-started'),
  ownerId: z.optional(positiveId),
  pilotIds: z._default(z.array(positiveId), []),
  /** Left out, a new action takes its timing's year (`defaultPlanYear`), an update keeps it. */
  planYear: z.optional(planYear),
};

/** What a person may write when creating or editing an action. */
export const actionInputSchema = z.object({
  ...actionFields,
  description: z._default(description, ''),
  progressNotes: z._default(progressNotes, []),
});
export type ActionInput = z.input<typeof actionInputSchema>;
export type ActionCommand = z.output<typeof actionInputSchema>;

/**
 * An update may leave the long texts out (a card's move has only the summary): what it leaves
 * out stays as stored, so a save never blanks a description it did not read.
 */
export const actionUpdateSchema = z.object({
  ...actionFields,
  description: z.optional(description),
  progressNotes: z.optional(progressNotes),
});
export type ActionUpdate = z.input<typeof actionUpdateSchema>;
export type ActionUpdateCommand = z.output<typeof actionUpdateSchema>;
