import * as z from 'zod/mini';
import type { Action, ActionSummary } from './action';
import { TITLE_MAX_LENGTH } from './action';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from './plan-year';

/**
 * The yearly update (“Actieplan 2027 voorbereiden”): for each theme, what becomes of every action
 * of an earlier year that is still open, which actions are new, and the theme's target level.
 * The coordinators fill it in as a draft over time, then apply it in one go.
 */
export type CarryChoice =
  /** A new action in the new plan year, with this timing; the earlier one is closed as carried. */
  { kind: 'carry'; timing: string } | { kind: 'done' } | { kind: 'stop'; reason: string };

export const REASON_MAX_LENGTH = 2000;
const positiveId = z.int().check(z.positive());

export const carryChoiceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('carry'),
    timing: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  }),
  z.object({ kind: z.literal('done') }),
  z.object({
    kind: z.literal('stop'),
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(REASON_MAX_LENGTH)),
  }),
]);

export const newPlanActionSchema = z.object({
  /** The draft's own key for it; it makes the create idempotent (see `carryKeyOfNew`). */
  key: z.string().check(z.regex(/^[a-z0-9]{1,20}$/)),
  themeId: positiveId,
  goalId: z.optional(positiveId),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  timing: z._default(z.string().check(z.trim(), z.maxLength(TITLE_MAX_LENGTH)), ''),
});
export type NewPlanAction = z.output<typeof newPlanActionSchema>;

const level = z.int().check(z.gte(1), z.lte(5));

export const planUpdateDraftSchema = z.object({
  year: z.int().check(z.gte(MIN_PLAN_YEAR), z.lte(MAX_PLAN_YEAR)),
  /** By earlier action id. */
  choices: z._default(z.record(z.string(), carryChoiceSchema), {}),
  newActions: z._default(z.array(newPlanActionSchema), []),
  /** The theme's target level for the year, by theme id. */
  targets: z._default(z.record(z.string(), level), {}),
  /** Set as an apply starts: the claim, written with the draft's ETag, that only one runs. */
  claimedAt: z.optional(z.string()),
  /** Set once applied in full; the draft then only reports. */
  appliedAt: z.optional(z.string()),
});
export type PlanUpdateDraft = z.output<typeof planUpdateDraftSchema>;

export function emptyDraft(year: number): PlanUpdateDraft {
  return { year, choices: {}, newActions: [], targets: {} };
}

/** Open and of an earlier plan year: what the update for `year` must decide on. */
export function needsDecision(action: ActionSummary, year: number): boolean {
  return action.planYear < year && action.status !== 'done' && !action.closure;
}

/** The unique key of the new year's copy of an action, so a retried apply never adds it twice. */
export function carryKeyOf(actionId: number, year: number): string {
  return `${actionId}->${year}`;
}

export function carryKeyOfNew(key: string, year: number): string {
  return `new:${key}->${year}`;
}

/** What applying a draft writes, decided from the actions as they are now. */
export interface PlanUpdateWrites {
  /** New actions in the new plan year: carried copies and the draft's new actions. */
  creates: {
    carryKey: string;
    /** The earlier action it continues, for a carried copy. */
    fromId: number | undefined;
    themeId: number | undefined;
    goalId: number | undefined;
    title: string;
    description: string;
    timing: string;
    ownerId: number | undefined;
    pilotIds: number[];
    status: ActionSummary['status'];
  }[];
  /** Earlier actions to close; a carried one also names its copy, by carry key. */
  closes: (
    | { id: number; version: string; kind: 'carried'; carryKey: string }
    | { id: number; version: string; kind: 'stopped'; reason: string }
    | { id: number; version: string; kind: 'done' }
  )[];
  targets: { themeId: number; level: number }[];
  /** Open earlier actions the draft has no choice for yet, so the update is not complete. */
  undecided: ActionSummary[];
}

/**
 * The writes that carry out `draft` over `actions` (all actions of the themes it covers), only
 * those still to do: an action closed already, or a copy that exists, is left alone, so running
 * it again after a failure writes just the rest. Pure: the repository does the writing.
 */
export function planUpdateWrites(
  actions: readonly Action[],
  draft: PlanUpdateDraft,
): PlanUpdateWrites {
  const { year } = draft;
  const existingKeys = new Set(
    actions.flatMap((action) =>
      action.carriedFromId === undefined ? [] : [carryKeyOf(action.carriedFromId, year)],
    ),
  );
  const writes: PlanUpdateWrites = { creates: [], closes: [], targets: [], undecided: [] };
  for (const action of actions) {
    if (!needsDecision(action, year)) continue;
    const choice = draft.choices[String(action.id)];
    if (!choice) {
      writes.undecided.push(action);
      continue;
    }
    const { id, version } = action;
    if (choice.kind === 'done') writes.closes.push({ id, version, kind: 'done' });
    else if (choice.kind === 'stop')
      writes.closes.push({ id, version, kind: 'stopped', reason: choice.reason });
    else {
      const carryKey = carryKeyOf(id, year);
      if (!existingKeys.has(carryKey)) {
        writes.creates.push({
          carryKey,
          fromId: id,
          themeId: action.themeId,
          goalId: action.goalId,
          title: action.title,
          description: action.description,
          timing: choice.timing,
          ownerId: action.owner?.id,
          pilotIds: action.pilotIds,
          // Work under way stays under way; the move itself is no progress.
          status: action.status,
        });
      }
      writes.closes.push({ id, version, kind: 'carried', carryKey });
    }
  }
  for (const added of draft.newActions) {
    writes.creates.push({
      carryKey: carryKeyOfNew(added.key, year),
      fromId: undefined,
      themeId: added.themeId,
      goalId: added.goalId,
      title: added.title,
      description: '',
      timing: added.timing,
      ownerId: undefined,
      pilotIds: [],
      status: 'not-started',
    });
  }
  for (const [themeId, target] of Object.entries(draft.targets)) {
    writes.targets.push({ themeId: Number(themeId), level: target });
  }
  return writes;
}
