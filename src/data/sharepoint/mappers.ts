import * as z from 'zod/mini';
import type {
  Action,
  ActionOutcome,
  ActionStatus,
  ActionSummary,
  ActionUpdateCommand,
  ProgressNote,
} from '../../domain/action';
import { progressNoteSchema } from '../../domain/action';
import { ambitionLevelSchema } from '../../domain/ambition';
import type { Goal } from '../../domain/goal';
import type { Person } from '../../domain/person';
import type { Pilot, PilotCommand, PilotStatus } from '../../domain/pilot';
import type { ReminderAction } from '../../domain/reminders';
import type { Theme } from '../../domain/theme';
import { FIRST_PLAN_YEAR } from '../../domain/plan-year';
import { isThemeKey } from '../../domain/theme';
import { dueDateOf, parseTiming } from '../../domain/timing';
import type { ItemProblem } from '../errors';
import type { ReadResult } from '../repositories';
import { yearTargetsOf } from './year-targets';
import {
  ACTION_OUTCOME_CHOICES,
  ACTION_STATUS_CHOICES,
  PILOT_STATUS_CHOICES,
  type ListName,
} from './list-schema';

/** How the yearly update closed an action, and what it was carried from (plan-update.ts). */
const CLOSURE_FIELDS = ['Outcome', 'OutcomeReason', 'CarriedFromId', 'CarriedToId'] as const;

/** An action's own columns that every read of it shows. */
const ACTION_FIELDS = [
  'Id',
  // The list holds a folder per theme; folders are told apart by this and left out.
  'FSObjType',
  'Title',
  'ThemeId',
  'GoalId',
  'Timing',
  'PlanYear',
  'Status',
  'Owner/Id',
  'Owner/Title',
  'PilotsId',
] as const;

/**
 * What a card shows, for a thousand actions at once: no long texts, the owner's name without
 * e-mail, no DueDate (it follows from Timing), and no metadata. Without metadata there is no
 * `odata.etag`; the item's ETag is its quoted `owshiddenversion`.
 */
const CARD_FIELDS = [...ACTION_FIELDS, 'owshiddenversion'] as const;

/** The filters that split a board's actions into open and closed ones (`QUERIES.openCards`). */
export const OPEN_ACTIONS = 'Outcome eq null';
export const CLOSED_ACTIONS = 'Outcome ne null';

/** `$select`/`$expand` per list: only what the mappers read. */
export const QUERIES = {
  themes: {
    select: [
      'Id',
      'Title',
      'ThemeKey',
      'SortOrder',
      'Description',
      'FocusAreas',
      'BaselineLevel',
      'TargetLevel',
      'YearTargets',
      'Owner/Id',
      'Owner/Title',
      'Owner/EMail',
      'LongTermGoals',
      'Policies',
    ],
    expand: ['Owner'],
  },
  // FSObjType: the list holds a folder per theme, left out like the actions' folders.
  goals: { select: ['Id', 'FSObjType', 'Title', 'ThemeId', 'SortOrder'], expand: [] },
  actions: {
    select: [
      ...ACTION_FIELDS,
      'DueDate',
      'Owner/EMail',
      'Description',
      'ProgressNotes',
      'SortOrder',
      ...CLOSURE_FIELDS,
    ],
    expand: ['Owner'],
  },
  /** Cards with how the yearly update closed them: the whole plan, for the report and update. */
  actionSummaries: {
    select: [...CARD_FIELDS, ...CLOSURE_FIELDS],
    expand: ['Owner'],
    metadata: 'none',
  },
  /**
   * A board's cards in two reads: the open ones (`OPEN_ACTIONS`, most of them) without the
   * closure columns, which are empty on them, and the closed ones (`CLOSED_ACTIONS`) with how
   * they closed. Neither reads CarriedFrom: only the yearly update does.
   */
  openCards: { select: CARD_FIELDS, expand: ['Owner'], metadata: 'none' },
  closedCards: {
    select: [...CARD_FIELDS, 'Outcome', 'OutcomeReason', 'CarriedToId'],
    expand: ['Owner'],
    metadata: 'none',
  },
  pilots: { select: ['Id', 'Title', 'ThemesId', 'Year', 'PilotStatus', 'Description'], expand: [] },
} as const satisfies Record<
  string,
  { select: readonly string[]; expand: readonly string[]; metadata?: 'none' }
>;

export const text = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? ''),
);
export const optionalId = z.pipe(
  z.nullish(z.int()),
  z.transform((value) => value ?? undefined),
);
export const ids = z.pipe(
  z.nullish(z.array(z.int())),
  z.transform((value) => value ?? []),
);
const etag = z.string().check(z.minLength(1));
const lines = z.pipe(
  text,
  z.transform((value) =>
    value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
);
export const person = z.pipe(
  z.nullish(z.object({ Id: z.int(), Title: z.string(), EMail: z.nullish(z.string()) })),
  z.transform((value): Person | undefined =>
    value ? { id: value.Id, name: value.Title, email: value.EMail ?? '' } : undefined,
  ),
);
/** SharePoint returns date-only columns as instants; the date is what was written (at noon UTC). */
const dateOnly = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => (value ? value.slice(0, 10) : undefined)),
);

export function choice<T extends string>(stored: readonly string[], values: readonly T[]) {
  return z.pipe(
    z.string(),
    z.transform((value, ctx) => {
      const index = stored.indexOf(value);
      if (index < 0) {
        ctx.issues.push({ code: 'custom', message: `unknown choice "${value}"`, input: value });
        return z.NEVER;
      }
      return values[index] as T;
    }),
  );
}
const ACTION_STATUS_VALUES: readonly ActionStatus[] = [
  'not-started',
  'in-progress',
  'done',
  'blocked',
];
const PILOT_STATUS_VALUES: readonly PilotStatus[] = ['planned', 'running', 'completed'];

function storedChoice<T extends string>(
  values: readonly T[],
  stored: readonly string[],
  value: T,
): string {
  return stored[values.indexOf(value)] ?? stored[0] ?? '';
}

const progressNoteList = z.array(progressNoteSchema);
const progressNotes = z.pipe(
  text,
  z.transform((value, ctx): ProgressNote[] => {
    if (!value.trim()) return [];
    const parsed = progressNoteList.safeParse(safeJson(value));
    if (!parsed.success) {
      ctx.issues.push({
        code: 'custom',
        message: 'ProgressNotes is not a list of dated notes',
        input: value,
      });
      return z.NEVER;
    }
    return parsed.data;
  }),
);

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

export const base = { Id: z.int(), 'odata.etag': etag };

export const themeItem = z.pipe(
  z.object({
    ...base,
    Title: z.string().check(z.minLength(1)),
    ThemeKey: z.string().check(z.refine(isThemeKey, 'not a theme key')),
    Description: text,
    FocusAreas: lines,
    BaselineLevel: ambitionLevelSchema,
    TargetLevel: ambitionLevelSchema,
    YearTargets: z.optional(z.nullable(z.string())),
    Owner: person,
    LongTermGoals: lines,
    Policies: lines,
  }),
  z.transform((item): Theme => ({
    id: item.Id,
    key: item.ThemeKey as Theme['key'],
    name: item.Title,
    description: item.Description,
    focusAreas: item.FocusAreas,
    baselineLevel: item.BaselineLevel,
    targetLevel: item.TargetLevel,
    yearTargets: yearTargetsOf(item.YearTargets),
    owner: item.Owner,
    longTermGoals: item.LongTermGoals,
    policies: item.Policies,
    version: item['odata.etag'],
  })),
);

export const goalItem = z.pipe(
  z.object({ ...base, Title: z.string().check(z.minLength(1)), ThemeId: z.int() }),
  z.transform((item): Goal => ({
    id: item.Id,
    themeId: item.ThemeId,
    title: item.Title,
    version: item['odata.etag'],
  })),
);

/**
 * An action's own columns as plain checks, converted in one step after: a plan's thousands of
 * cards are read at once, and zod's per-field pipes cost several times one plain object check.
 */
const storedAction = {
  Id: z.int(),
  Title: z.string().check(z.minLength(1)),
  ThemeId: z.nullish(z.int()),
  GoalId: z.nullish(z.int()),
  Timing: z.nullish(z.string()),
  PlanYear: z.nullish(z.int()),
  Status: z.enum(ACTION_STATUS_CHOICES),
  Owner: z.nullish(z.object({ Id: z.int(), Title: z.string(), EMail: z.nullish(z.string()) })),
  PilotsId: z.nullish(z.array(z.int())),
  Outcome: z.nullish(z.enum(ACTION_OUTCOME_CHOICES)),
  OutcomeReason: z.nullish(z.string()),
  CarriedFromId: z.nullish(z.int()),
  CarriedToId: z.nullish(z.int()),
};
type StoredAction = z.output<z.ZodMiniObject<typeof storedAction>>;

const STATUS_OF_CHOICE = Object.fromEntries(
  ACTION_STATUS_CHOICES.map((stored, index) => [stored, ACTION_STATUS_VALUES[index]]),
) as Record<(typeof ACTION_STATUS_CHOICES)[number], ActionStatus>;

const OUTCOME_OF_CHOICE: Record<(typeof ACTION_OUTCOME_CHOICES)[number], ActionOutcome> = {
  Doorgeschoven: 'carried',
  Gestopt: 'stopped',
};

/** The stored choice of an outcome. */
export function outcomeChoice(outcome: ActionOutcome): (typeof ACTION_OUTCOME_CHOICES)[number] {
  return outcome === 'carried' ? 'Doorgeschoven' : 'Gestopt';
}

function summaryOf(
  item: StoredAction,
  dueDateFor: (timing: string) => string | undefined,
  version: string,
): ActionSummary {
  const timing = item.Timing ?? '';
  return {
    id: item.Id,
    themeId: item.ThemeId ?? undefined,
    goalId: item.GoalId ?? undefined,
    title: item.Title,
    timing,
    dueDate: dueDateFor(timing),
    // An action stored before plan years were: the app then knew only the first plan.
    planYear: item.PlanYear ?? FIRST_PLAN_YEAR,
    status: STATUS_OF_CHOICE[item.Status],
    owner: item.Owner
      ? { id: item.Owner.Id, name: item.Owner.Title, email: item.Owner.EMail ?? '' }
      : undefined,
    pilotIds: item.PilotsId ?? [],
    version,
    ...(item.Outcome
      ? {
          closure: {
            outcome: OUTCOME_OF_CHOICE[item.Outcome],
            reason: item.OutcomeReason ?? '',
            carriedToId: item.CarriedToId ?? undefined,
          },
        }
      : {}),
    ...(item.CarriedFromId ? { carriedFromId: item.CarriedFromId } : {}),
  };
}

export const actionItem = z.pipe(
  z.object({
    ...storedAction,
    'odata.etag': etag,
    DueDate: dateOnly,
    Description: text,
    ProgressNotes: progressNotes,
  }),
  z.transform((item): Action => ({
    ...summaryOf(item, () => item.DueDate, item['odata.etag']),
    description: item.Description,
    progressNotes: item.ProgressNotes,
  })),
);

const storedSummary = z.object({
  ...storedAction,
  owshiddenversion: z.int().check(z.nonnegative()),
});
type StoredSummary = z.output<typeof storedSummary>;

const isId = (value: unknown): value is number => Number.isSafeInteger(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const nullishOr = (check: (value: unknown) => boolean) => (value: unknown) =>
  value === null || value === undefined || check(value);
const STATUS_CHOICES = new Set<unknown>(ACTION_STATUS_CHOICES);
const OUTCOME_CHOICES = new Set<unknown>(ACTION_OUTCOME_CHOICES);

function isStoredOwner(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { Id, Title, EMail } = value as Record<string, unknown>;
  return isId(Id) && isText(Title) && nullishOr(isText)(EMail);
}

/**
 * `storedSummary`'s checks written out: zod's first pass over thousands of cards costs about
 * ten times these. What they do not accept goes to the schema, which also says what is wrong.
 */
const QUICK_CHECKS: Record<keyof StoredSummary, (value: unknown) => boolean> = {
  Id: isId,
  Title: (value) => isText(value) && value.length > 0,
  ThemeId: nullishOr(isId),
  GoalId: nullishOr(isId),
  Timing: nullishOr(isText),
  PlanYear: nullishOr(isId),
  Status: (value) => STATUS_CHOICES.has(value),
  Owner: nullishOr(isStoredOwner),
  PilotsId: nullishOr((ids) => Array.isArray(ids) && ids.every(isId)),
  Outcome: nullishOr((outcome) => OUTCOME_CHOICES.has(outcome)),
  OutcomeReason: nullishOr(isText),
  CarriedFromId: nullishOr(isId),
  CarriedToId: nullishOr(isId),
  owshiddenversion: (value) => isId(value) && value >= 0,
};
const SUMMARY_KEYS = Object.keys(QUICK_CHECKS) as (keyof StoredSummary)[];

function passesQuickChecks<K extends keyof StoredSummary>(
  item: unknown,
  keys: readonly K[],
): item is Pick<StoredSummary, K> {
  if (typeof item !== 'object' || item === null) return false;
  const fields = item as Record<string, unknown>;
  return keys.every((key) => QUICK_CHECKS[key](fields[key]));
}

/** What maps stored items: a zod schema, or one that has a quicker way for the usual item. */
export interface ItemParser<T> {
  safeParse(
    item: unknown,
  ): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

/**
 * An action's card, read without metadata (`QUERIES.actionSummaries`). Its due date follows from
 * its timing, as the stored DueDate does; a board's many actions share a few timings, so each is
 * read once per parser.
 */
export function actionSummaryItem(): ItemParser<ActionSummary> {
  const dueDates = new Map<string, string | undefined>();
  const dueDateFor = (timing: string) => {
    if (!dueDates.has(timing)) dueDates.set(timing, dueDateOf(parseTiming(timing)));
    return dueDates.get(timing);
  };
  const summary = (item: StoredSummary) =>
    summaryOf(item, dueDateFor, `"${item.owshiddenversion}"`);
  const schema = z.pipe(storedSummary, z.transform(summary));
  return {
    safeParse: (item) =>
      passesQuickChecks(item, SUMMARY_KEYS)
        ? { success: true, data: summary(item) }
        : schema.safeParse(item),
  };
}

/** What the deadline job reads of an action: what a reminder names, and whether it closed. */
export const REMINDER_ACTION_QUERY = {
  select: [
    'Id',
    'FSObjType',
    'Title',
    'ThemeId',
    'Timing',
    'Status',
    'Owner/Id',
    'Owner/Title',
    'Owner/EMail',
    'Outcome',
  ],
  expand: ['Owner'],
  metadata: 'none',
} as const;
const { Id, Title, ThemeId, Timing, Status, Owner, Outcome } = storedAction;
const storedReminderAction = z.object({ Id, Title, ThemeId, Timing, Status, Owner, Outcome });
type StoredReminderAction = z.output<typeof storedReminderAction>;
const REMINDER_KEYS = Object.keys(storedReminderAction.shape) as (keyof StoredReminderAction)[];

const reminderActionOf = (item: StoredReminderAction): ReminderAction => ({
  id: item.Id,
  themeId: item.ThemeId ?? undefined,
  title: item.Title,
  timing: item.Timing ?? '',
  status: STATUS_OF_CHOICE[item.Status],
  owner: item.Owner
    ? { id: item.Owner.Id, name: item.Owner.Title, email: item.Owner.EMail ?? '' }
    : undefined,
  ...(item.Outcome ? { closure: { outcome: OUTCOME_OF_CHOICE[item.Outcome] } } : {}),
});
const reminderActionSchema = z.pipe(storedReminderAction, z.transform(reminderActionOf));

/** An action as the deadline job reads it (`REMINDER_ACTION_QUERY`). */
export const reminderActionItem: ItemParser<ReminderAction> = {
  safeParse: (item) =>
    passesQuickChecks(item, REMINDER_KEYS)
      ? { success: true, data: reminderActionOf(item) }
      : reminderActionSchema.safeParse(item),
};

export const pilotItem = z.pipe(
  z.object({
    ...base,
    Title: z.string().check(z.minLength(1)),
    ThemesId: ids,
    Year: z.int(),
    PilotStatus: choice(PILOT_STATUS_CHOICES, PILOT_STATUS_VALUES),
    Description: text,
  }),
  z.transform((item): Pilot => ({
    id: item.Id,
    title: item.Title,
    themeIds: item.ThemesId,
    year: item.Year,
    status: item.PilotStatus,
    description: item.Description,
    version: item['odata.etag'],
  })),
);

/** Maps every item; one that does not fit becomes a problem the caller can show, not a crash. */
export function mapItems<T>(
  list: ListName,
  items: unknown[],
  schema: ItemParser<T>,
): ReadResult<T> {
  const result: ReadResult<T> = { items: [], problems: [] };
  for (const item of items) {
    if (isFolderItem(item)) continue;
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      result.items.push(parsed.data);
    } else {
      result.problems.push(problemOf(list, item, parsed.error));
    }
  }
  return result;
}

/** The list holds folders too (a theme's actions live in one): they are containers, not data. */
export function isFolderItem(item: unknown): boolean {
  return (
    typeof item === 'object' && item !== null && 'FSObjType' in item && Number(item.FSObjType) === 1
  );
}

function problemOf(list: ListName, item: unknown, error: z.core.$ZodError): ItemProblem {
  const itemId = typeof item === 'object' && item !== null && 'Id' in item ? Number(item.Id) : NaN;
  const message = error.issues
    .map((issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`)
    .join('; ');
  return { list, itemId, message };
}

/** A calendar date stored at noon UTC, so every SharePoint time zone shows the same day. */
export function toDateOnly(date: string | undefined): string | null {
  return date ? `${date}T12:00:00Z` : null;
}

/**
 * The plan year and the long texts only when the command has them: what an update leaves out
 * stays as stored.
 */
export function actionFields(command: ActionUpdateCommand, dueDate: string | undefined) {
  return {
    Title: command.title,
    ThemeId: command.themeId ?? null,
    GoalId: command.goalId ?? null,
    Timing: command.timing,
    DueDate: toDateOnly(dueDate),
    Status: storedChoice(ACTION_STATUS_VALUES, ACTION_STATUS_CHOICES, command.status),
    OwnerId: command.ownerId ?? null,
    PilotsId: command.pilotIds,
    ...(command.planYear === undefined ? {} : { PlanYear: command.planYear }),
    ...(command.description === undefined ? {} : { Description: command.description }),
    ...(command.progressNotes === undefined
      ? {}
      : {
          ProgressNotes: command.progressNotes.length ? JSON.stringify(command.progressNotes) : '',
        }),
  };
}

export function pilotFields(command: PilotCommand) {
  return {
    Title: command.title,
    ThemesId: command.themeIds,
    Year: command.year,
    PilotStatus: storedChoice(PILOT_STATUS_VALUES, PILOT_STATUS_CHOICES, command.status),
    Description: command.description,
  };
}
