import {
  actionInputSchema,
  type Action,
  type ActionCommand,
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
    progressNotes: [],
    noteDraft: '',
  };
}

export type ActionFormField = 'title' | 'description' | 'timing' | 'progressNotes';
export type ActionFormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'descriptionTooLong'
  | 'timingBackwards'
  | 'timingTooLong'
  | 'noteInvalid'
  | 'invalid';
export type ActionFormErrors = Partial<Record<ActionFormField, ActionFormError>>;

function errorOf(field: string, code: string): [ActionFormField, ActionFormError] {
  switch (field) {
    case 'title':
      return ['title', code === 'too_big' ? 'titleTooLong' : 'titleRequired'];
    case 'description':
      return ['description', code === 'too_big' ? 'descriptionTooLong' : 'invalid'];
    case 'timing':
      return ['timing', code === 'too_big' ? 'timingTooLong' : 'invalid'];
    case 'progressNotes':
      return ['progressNotes', 'noteInvalid'];
    // The other fields are chosen from lists, so they cannot be invalid; say so at the title.
    default:
      return ['title', 'invalid'];
  }
}

export type ActionFormResult = { command: ActionCommand } | { errors: ActionFormErrors };

/** The command to send, or what to say at which field; checked by the domain's own schema. */
export function validateActionForm(
  values: ActionFormValues,
  context: { themeId: number; today: CalendarDate },
): ActionFormResult {
  const timing = timingTextOf(values.timing);
  const note = values.noteDraft.trim();
  const parsed = actionInputSchema.safeParse({
    themeId: context.themeId,
    goalId: values.goalId,
    title: values.title,
    description: values.description,
    timing: 'text' in timing ? timing.text : '',
    status: values.status,
    ownerId: values.owner?.id,
    pilotIds: values.pilotIds,
    progressNotes: note
      ? [...values.progressNotes, { date: context.today, text: note }]
      : values.progressNotes,
  });
  const errors: ActionFormErrors = {};
  if ('error' in timing) errors.timing = timing.error;
  for (const issue of parsed.error?.issues ?? []) {
    const [field, error] = errorOf(String(issue.path[0]), issue.code);
    errors[field] ??= error;
  }
  if (parsed.success && Object.keys(errors).length === 0) return { command: parsed.data };
  return { errors };
}
