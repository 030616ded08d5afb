import * as z from 'zod/mini';
import { TITLE_MAX_LENGTH, type ActionSummary } from '../../domain/action';
import type { AmbitionLevel } from '../../domain/ambition';
import type { CalendarDate } from '../../domain/calendar-date';
import {
  needsDecision,
  REASON_MAX_LENGTH,
  type CarryChoice,
  type NewPlanAction,
  type PlanUpdateDraft,
} from '../../domain/plan-update';
import type { Theme } from '../../domain/theme';
import type { FormIssue } from '../../ui/form/use-zod-form';
import { timingDraftOf, timingTextOf, type TimingDraft } from './action-form';

/** One step of the wizard: a theme, or the plan's organisation-wide actions (no theme). */
export interface PlanUpdateStep {
  key: string;
  theme: Theme | undefined;
  /** The earlier years' open actions this step decides on. */
  actions: ActionSummary[];
}

/** A step per theme, in the plan's order, and one for organisation-wide actions if any wait. */
export function planUpdateSteps(
  themes: readonly Theme[],
  actions: readonly ActionSummary[],
  year: number,
): PlanUpdateStep[] {
  const open = actions.filter((action) => needsDecision(action, year));
  const steps: PlanUpdateStep[] = themes.map((theme) => ({
    key: theme.key,
    theme,
    actions: open.filter((action) => action.themeId === theme.id),
  }));
  const organisation = open.filter((action) => action.themeId === undefined);
  if (organisation.length)
    steps.push({ key: 'organisation', theme: undefined, actions: organisation });
  return steps;
}

export type ChoiceKind = CarryChoice['kind'] | 'undecided';

export interface ChoiceValues {
  actionId: number;
  kind: ChoiceKind;
  timing: TimingDraft;
  reason: string;
}

export interface NewActionValues {
  key: string;
  title: string;
  timing: TimingDraft;
}

export interface PlanUpdateStepValues {
  choices: ChoiceValues[];
  newActions: NewActionValues[];
  /** The theme's target level for the year; 0 for the organisation-wide step, which has none. */
  target: number;
}

/** A carried action starts in the new year, in the quarter its old timing named. */
function carriedTimingDraft(action: ActionSummary, year: number, today: CalendarDate): TimingDraft {
  const draft = timingDraftOf(action.timing, today);
  const quarter = draft.mode === 'quarter' || draft.mode === 'span' ? draft.from.quarter : 1;
  return {
    mode: 'quarter',
    keptText: undefined,
    from: { year, quarter },
    to: { year, quarter },
    year,
  };
}

export function newActionValues(key: string, year: number): NewActionValues {
  return {
    key,
    title: '',
    timing: {
      mode: 'quarter',
      keptText: undefined,
      from: { year, quarter: 1 },
      to: { year, quarter: 1 },
      year,
    },
  };
}

/** A short key for a new action, unique within the draft (see `newPlanActionSchema`). */
export function newActionKey(taken: readonly string[]): string {
  let index = taken.length + 1;
  while (taken.includes(`n${index}`)) index += 1;
  return `n${index}`;
}

/** The theme's target for the year as the draft holds it, else the one stored for that year. */
export function stepTarget(
  step: PlanUpdateStep,
  draft: PlanUpdateDraft,
  storedTarget: AmbitionLevel | undefined,
): number {
  if (!step.theme) return 0;
  return draft.targets[String(step.theme.id)] ?? storedTarget ?? step.theme.targetLevel;
}

/** Where a step's form starts: what the draft says so far. */
export function stepValues(
  step: PlanUpdateStep,
  draft: PlanUpdateDraft,
  today: CalendarDate,
  storedTarget?: AmbitionLevel,
): PlanUpdateStepValues {
  const { year } = draft;
  return {
    choices: step.actions.map((action) => {
      const choice = draft.choices[String(action.id)];
      return {
        actionId: action.id,
        kind: choice?.kind ?? 'undecided',
        timing:
          choice?.kind === 'carry'
            ? timingDraftOf(choice.timing, today)
            : carriedTimingDraft(action, year, today),
        reason: choice?.kind === 'stop' ? choice.reason : '',
      };
    }),
    newActions: draft.newActions
      .filter((added) => added.themeId === step.theme?.id)
      .map((added) => ({
        key: added.key,
        title: added.title,
        timing: timingDraftOf(added.timing, today),
      })),
    target: stepTarget(step, draft, storedTarget),
  };
}

export type PlanUpdateFormError =
  | 'reasonRequired'
  | 'reasonTooLong'
  | 'titleRequired'
  | 'titleTooLong'
  | 'timingBackwards'
  | 'invalid';

/** The picked timing as its text; a span that runs backwards is refused. */
const timingSchema = z.pipe(
  z.custom<TimingDraft>(),
  z.transform((draft: TimingDraft, payload) => {
    const timing = timingTextOf(draft);
    if ('text' in timing) return timing.text;
    payload.issues.push({ code: 'custom', input: draft });
    return z.NEVER;
  }),
);

const choiceSchema = z.discriminatedUnion('kind', [
  z.object({ actionId: z.number(), kind: z.literal('undecided') }),
  z.object({ actionId: z.number(), kind: z.literal('done') }),
  z.object({ actionId: z.number(), kind: z.literal('carry'), timing: timingSchema }),
  z.object({
    actionId: z.number(),
    kind: z.literal('stop'),
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(REASON_MAX_LENGTH)),
  }),
]);

export const planUpdateStepSchema = z.object({
  choices: z.array(choiceSchema),
  newActions: z.array(
    z.object({
      key: z.string(),
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
      timing: timingSchema,
    }),
  ),
  target: z.int().check(z.gte(0), z.lte(5)),
});
export type PlanUpdateStepOutput = z.output<typeof planUpdateStepSchema>;

/** What to say at the field `planUpdateStepSchema` refused. */
export function planUpdateFormError(issue: FormIssue): PlanUpdateFormError {
  const field = issue.path?.at(-1);
  if (issue.code === 'custom') return 'timingBackwards';
  if (field === 'reason') return issue.code === 'too_big' ? 'reasonTooLong' : 'reasonRequired';
  if (field === 'title') return issue.code === 'too_big' ? 'titleTooLong' : 'titleRequired';
  return 'invalid';
}

/** The draft with this step's answers in place of what it held for the step before. */
export function withStep(
  draft: PlanUpdateDraft,
  step: PlanUpdateStep,
  values: PlanUpdateStepOutput,
): PlanUpdateDraft {
  const answered = new Set(values.choices.map((choice) => String(choice.actionId)));
  const choices = Object.fromEntries(
    Object.entries(draft.choices).filter(([id]) => !answered.has(id)),
  );
  for (const choice of values.choices) {
    const id = String(choice.actionId);
    if (choice.kind === 'carry') choices[id] = { kind: 'carry', timing: choice.timing };
    else if (choice.kind === 'stop') choices[id] = { kind: 'stop', reason: choice.reason };
    else if (choice.kind === 'done') choices[id] = { kind: 'done' };
  }
  const themeId = step.theme?.id;
  // A new action belongs to a theme; the organisation-wide step adds none.
  const added: NewPlanAction[] =
    themeId === undefined
      ? []
      : values.newActions.map((row) => ({
          key: row.key,
          themeId,
          goalId: undefined,
          title: row.title,
          timing: row.timing,
        }));
  const targets = { ...draft.targets };
  if (step.theme && values.target >= 1) targets[String(step.theme.id)] = values.target;
  return {
    ...draft,
    choices,
    newActions: [...draft.newActions.filter((row) => row.themeId !== themeId), ...added],
    targets,
  };
}

export interface PlanUpdateTally {
  carry: number;
  done: number;
  stop: number;
  undecided: number;
  added: number;
  targets: number;
  /** How many writes the apply makes: a carried action is a new one and a closed one. */
  writes: number;
}

export function tallyOf(steps: readonly PlanUpdateStep[], draft: PlanUpdateDraft): PlanUpdateTally {
  const tally: PlanUpdateTally = {
    carry: 0,
    done: 0,
    stop: 0,
    undecided: 0,
    added: draft.newActions.length,
    targets: Object.keys(draft.targets).length,
    writes: 0,
  };
  for (const step of steps) {
    for (const action of step.actions)
      tally[draft.choices[String(action.id)]?.kind ?? 'undecided'] += 1;
  }
  tally.writes = tally.carry * 2 + tally.done + tally.stop + tally.added + tally.targets;
  return tally;
}
