import * as z from 'zod/mini';
import {
  actionInputSchema,
  progressNoteSchema,
  type Action,
  type ActionInput,
  type ActionStatus,
  type ProgressNote,
} from '../../domain/action';
import { quarterOf, yearOf, type CalendarDate } from '../../domain/calendar-date';
import type { Person } from '../../domain/person';
import {
  canonicalTimingText,
  parseTiming,
  timingForQuarter,
  timingForSpan,
  type Timing,
  type YearQuarter,
} from '../../domain/timing';
import type { FormIssue } from '../../ui/form/use-zod-form';

/** The forms the quarter picker writes; `kept` is a stored text that is none of them, left as is. */
export const PICKED_TIMINGS = ['quarter', 'span', 'continuous', 'to-be-decided', 'yearly'] as const;
export type TimingMode = (typeof PICKED_TIMINGS)[number] | 'kept';

export interface TimingDraft {
  mode: TimingMode;
  /** The stored text while it is not a form the picker writes; undefined when it is. */
  keptText: string | undefined;
  from: YearQuarter;
  to: YearQuarter;
  year: number;
}

function isPicked(kind: Timing['kind']): kind is (typeof PICKED_TIMINGS)[number] {
  return (PICKED_TIMINGS as readonly string[]).includes(kind);
}

/** Where the picker starts: the stored timing, or the current quarter for what it cannot show. */
export function timingDraftOf(text: string, today: CalendarDate): TimingDraft {
  const current: YearQuarter = { year: yearOf(today), quarter: quarterOf(today) };
  const timing = parseTiming(text);
  const seed = ((): Pick<TimingDraft, 'from' | 'to' | 'year'> => {
    switch (timing.kind) {
      case 'quarter':
        return { from: timing, to: timing, year: timing.year };
      case 'span':
        return { from: timing.from, to: timing.to, year: timing.from.year };
      case 'start':
        return { from: timing.start, to: timing.start, year: timing.start.year };
      case 'start-with-report':
        return { from: timing.start, to: timing.report, year: timing.start.year };
      case 'yearly':
        return { from: current, to: current, year: timing.fromYear };
      case 'phases':
        return { from: current, to: current, year: timing.executeYear };
      case 'year':
      case 'end-of-year':
      case 'procurement-agenda':
      case 'to-be-decided':
        return { from: current, to: current, year: timing.year };
      case 'continuous':
      case 'unscheduled':
        return { from: current, to: current, year: current.year };
    }
  })();
  // Only text the picker would write itself is shown as picked; anything else is kept verbatim.
  const picked = isPicked(timing.kind) && canonicalTimingText(timing) === text;
  return picked
    ? { mode: timing.kind as TimingMode, keptText: undefined, ...seed }
    : { mode: 'kept', keptText: text, ...seed };
}

function quarterIndex({ year, quarter }: YearQuarter): number {
  return year * 4 + quarter;
}

export type TimingText = { text: string } | { error: 'timingBackwards' };

/** The timing as it will be stored: the plan's Dutch wording. */
export function timingTextOf(draft: TimingDraft): TimingText {
  switch (draft.mode) {
    case 'kept':
      return { text: draft.keptText ?? '' };
    case 'quarter':
      return { text: canonicalTimingText(timingForQuarter(draft.from.year, draft.from.quarter)) };
    case 'span':
      return quarterIndex(draft.to) < quarterIndex(draft.from)
        ? { error: 'timingBackwards' }
        : { text: canonicalTimingText(timingForSpan(draft.from, draft.to)) };
    case 'continuous':
      return { text: canonicalTimingText({ kind: 'continuous' }) };
    case 'to-be-decided':
      return { text: canonicalTimingText({ kind: 'to-be-decided', year: draft.year }) };
    case 'yearly':
      return { text: canonicalTimingText({ kind: 'yearly', fromYear: draft.year }) };
  }
}

export interface ActionFormValues {
  title: string;
  description: string;
  goalId: number | undefined;
  timing: TimingDraft;
  owner: Person | undefined;
  pilotIds: number[];
  status: ActionStatus;
  /** Which year's plan it belongs to; none for a new action, which takes its timing's year. */
  planYear: number | undefined;
  progressNotes: ProgressNote[];
  /** A note being written; it is saved with the action even if "add note" was not pressed. */
  noteDraft: string;
}

export function actionFormValues(
  action: Action | undefined,
  defaults: { goalId: number | undefined; today: CalendarDate },
): ActionFormValues {
  if (action) {
    return {
      title: action.title,
      description: action.description,
      goalId: action.goalId,
      timing: timingDraftOf(action.timing, defaults.today),
      owner: action.owner,
      pilotIds: action.pilotIds,
      status: action.status,
      planYear: action.planYear,
      progressNotes: action.progressNotes,
      noteDraft: '',
    };
  }
  return {
    title: '',
    description: '',
    goalId: defaults.goalId,
    timing: { ...timingDraftOf('', defaults.today), mode: 'quarter', keptText: undefined },
    owner: undefined,
    pilotIds: [],
    status: 'not-started',
    planYear: undefined,
    progressNotes: [],
    noteDraft: '',
  };
}

export type ActionFormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'descriptionTooLong'
  | 'timingBackwards'
  | 'timingTooLong'
  | 'noteInvalid'
  | 'invalid';

/** The picked timing as its text; a span that runs backwards is refused. */
const timingSchema = z.pipe(
  z.custom<TimingDraft>(),
  z.transform((draft: TimingDraft, payload) => {
    const timing = timingTextOf(draft);
    if ('text' in timing) return timing.text;
    // The form's only custom issue, so `actionFormError` knows it by its code.
    payload.issues.push({ code: 'custom', input: draft });
    return z.NEVER;
  }),
);

/** An empty draft adds no note; any other is checked as a note. */
const noteDraftSchema = z.pipe(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((text: string) => text || undefined),
  ),
  z.optional(progressNoteSchema.shape.text),
);

/**
 * The form's values, each field checked by the domain's own rules so that all are refused at
 * once, and then as the command it sends, a written note dated today. No theme: organisation-wide.
 */
export function actionFormSchema(context: { themeId: number | undefined; today: CalendarDate }) {
  const { shape } = actionInputSchema;
  const fields = z.object({
    title: shape.title,
    description: shape.description,
    goalId: shape.goalId,
    timing: z.pipe(timingSchema, shape.timing.def.innerType),
    owner: z.optional(z.custom<Person>()),
    pilotIds: shape.pilotIds,
    status: shape.status,
    planYear: shape.planYear,
    progressNotes: shape.progressNotes,
    noteDraft: noteDraftSchema,
  });
  const input = z.transform(
    ({ owner, noteDraft, ...values }: z.output<typeof fields>): ActionInput => ({
      ...values,
      themeId: context.themeId,
      ownerId: owner?.id,
      progressNotes:
        noteDraft === undefined
          ? values.progressNotes
          : [...values.progressNotes, { date: context.today, text: noteDraft }],
    }),
  );
  return z.pipe(z.pipe(fields, input), actionInputSchema);
}

/** What to say at the field `actionFormSchema` refused. */
export function actionFormError(issue: FormIssue): ActionFormError {
  switch (issue.path?.[0]) {
    case 'title':
      return issue.code === 'too_big' ? 'titleTooLong' : 'titleRequired';
    case 'description':
      return issue.code === 'too_big' ? 'descriptionTooLong' : 'invalid';
    case 'timing':
      if (issue.code === 'custom') return 'timingBackwards';
      return issue.code === 'too_big' ? 'timingTooLong' : 'invalid';
    case 'progressNotes':
    case 'noteDraft':
      return 'noteInvalid';
    // The other fields are chosen from lists, so only a broken list gets here.
    default:
      return 'invalid';
  }
}
