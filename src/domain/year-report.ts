import type { ActionStatus, ActionSummary } from './action';
import {
  AMBITION_LEVELS,
  ORGANISATION_AMBITION,
  type AmbitionAssessment,
  type AmbitionLevel,
  type AssessmentStatus,
} from './ambition';
import { calendarDateIn, lastDayOfYear, yearOf, type CalendarDate } from './calendar-date';
import { responsibleFor } from './deadline-sections';
import { assessDeadlinesOn } from './deadlines';
import type { HistoryEntry } from './action-history';
import { confirmedByYear, openDraft } from './ladder-progress';
import type { Goal } from './goal';
import type { Pilot, PilotStatus } from './pilot';
import { FIRST_PLAN_YEAR, yearOfTiming } from './plan-year';
import type { Practice } from './practice';
import type { Theme, ThemeKey } from './theme';
import { parseTiming } from './timing';

/**
 * The PDCA year report (voortgangsrapportage), in the order a council reads it: summary,
 * introduction, one section per theme, the organisation-wide actions, conclusions, and what the
 * report cannot know from the app's data.
 */
export const YEAR_REPORT_SECTIONS = [
  'summary',
  'introduction',
  'themes',
  'organisation',
  'conclusions',
  'unknowns',
] as const;
export type YearReportSection = (typeof YEAR_REPORT_SECTIONS)[number];

/** How an action of the year stands: the groups a theme's section lists. */
export const ACTION_GROUPS = ['done', 'in-progress', 'late', 'moved', 'stopped'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

export interface ReportAction {
  id: number;
  title: string;
  goalTitle: string | undefined;
  timing: string;
  status: ActionStatus;
  /** Who answers for it: its owner, or its theme's owner. */
  responsible: string | undefined;
  /** For a moved action: the year it was carried into, or that its timing now names. */
  movedTo: number | undefined;
  /** For a stopped action: why, as the yearly update recorded it. */
  reason: string | undefined;
}

export type ReportActions = Record<ActionGroup, ReportAction[]>;

/** The confirmed (vastgestelde) assessment the report uses: the latest revision. */
export interface ReportAssessment {
  level: AmbitionLevel;
  status: AssessmentStatus;
  explanation: string;
  evidence: string[];
  act: string;
  revision: number;
  confirmedBy: string | undefined;
  /** Calendar day (Europe/Amsterdam) of confirmation. */
  confirmedOn: CalendarDate | undefined;
}

/** Where the theme stood a year before: last year's confirmed step, or the plan's baseline. */
export interface PreviousStep {
  level: AmbitionLevel;
  source: 'assessment' | 'baseline';
  year: number;
}

export interface ThemeReport {
  id: number;
  key: ThemeKey;
  name: string;
  owner: string | undefined;
  baseline: AmbitionLevel;
  target: AmbitionLevel;
  targetYear: number;
  previous: PreviousStep | undefined;
  assessment: ReportAssessment | undefined;
  /** The assessment's status, or undetermined without one. */
  status: AssessmentStatus;
  /** Steps from this year's (else last year's) step to the target; undefined when neither is known. */
  stepsToTarget: number | undefined;
  /** Years left after this one until the target year. */
  yearsLeft: number;
  actions: ReportActions;
  pilots: { id: number; title: string; status: PilotStatus }[];
  practices: { id: number; title: string }[];
}

export type ThemeRef = Pick<ThemeReport, 'id' | 'key' | 'name'>;

export interface YearReportSummary {
  themes: number;
  assessed: number;
  byStatus: Record<AssessmentStatus, number>;
  atTarget: number;
  actions: Record<ActionGroup, number>;
  pilots: number;
  practices: number;
}

export type Conclusion =
  | { kind: 'on-track'; themes: ThemeRef[] }
  | { kind: 'attention'; themes: (ThemeRef & { status: AssessmentStatus })[] }
  | { kind: 'target-reached'; themes: ThemeRef[] }
  | { kind: 'not-assessed'; themes: ThemeRef[] }
  | { kind: 'late'; count: number }
  | { kind: 'moved'; count: number }
  | { kind: 'stopped'; count: number }
  | { kind: 'act'; themes: ThemeRef[] };

export type Unknown =
  | { kind: 'year-not-started' }
  | { kind: 'year-in-progress'; asOf: CalendarDate }
  | { kind: 'statuses-now'; today: CalendarDate }
  | { kind: 'statuses-from-history'; missing: number }
  | { kind: 'not-assessed'; themes: ThemeRef[] }
  | { kind: 'draft-pending'; themes: ThemeRef[] }
  | { kind: 'no-previous'; year: number; themes: ThemeRef[] }
  | { kind: 'moved-derived' }
  | { kind: 'practices-by-date' }
  | { kind: 'indicators' }
  | { kind: 'problems'; count: number };

export interface YearReport {
  year: number;
  /** The day the report was made. */
  today: CalendarDate;
  /** The day the actions are judged on: the year's last day, or today while the year runs. */
  asOf: CalendarDate;
  ladder: { level: AmbitionLevel; label: string }[];
  organisationAmbition: { current: AmbitionLevel; target: AmbitionLevel; targetYear: number };
  summary: YearReportSummary;
  themes: ThemeReport[];
  organisation: ReportActions;
  conclusions: Conclusion[];
  unknowns: Unknown[];
}

export interface YearReportInput {
  year: number;
  themes: readonly Theme[];
  goals: readonly Goal[];
  actions: readonly ActionSummary[];
  pilots: readonly Pilot[];
  practices: readonly Pick<Practice, 'id' | 'title' | 'themeIds' | 'created' | 'hidden'>[];
  /** Assessments of the year and the year before, in any state and revision. */
  assessments: readonly AmbitionAssessment[];
  ladderLabels: Readonly<Record<AmbitionLevel, string>>;
  today: CalendarDate;
  /** How many items in SharePoint did not fit the plan and are left out. */
  problems?: number;
  /**
   * For a year that has ended: each action's status on its last day, from the version history
   * (see `statusAt`), and the actions the yearly update closed only after it (see `closedAfter`);
   * `missing` actions' histories could not be read, so they keep today's.
   */
  yearEndStatuses?: {
    statuses: ReadonlyMap<number, ActionStatus>;
    closedAfter?: ReadonlySet<number>;
    missing: number;
  };
}

/** The instant a plan year ends in Amsterdam: midnight at the start of the next year. */
export function endOfYearInstant(year: number): number {
  // Amsterdam is at UTC+1 on New Year's Eve (no summer time in winter).
  return Date.parse(`${year + 1}-01-01T00:00:00+01:00`);
}

/**
 * An action's status at an instant, from its history and its status now: the first status change
 * after the instant says what it was changed from; without one, it is as it is now.
 */
export function statusAt(
  history: readonly HistoryEntry[],
  current: ActionStatus,
  instant: number,
): ActionStatus {
  for (const entry of history) {
    if (entry.kind === 'status' && Date.parse(entry.at) >= instant) return entry.from;
  }
  return current;
}

/**
 * Whether the yearly update closed the action (carried over or stopped) only at or after an
 * instant: the year before it then reads as it was, with the action still open.
 */
export function closedAfter(history: readonly HistoryEntry[], instant: number): boolean {
  return history.some((entry) => entry.kind === 'closed' && Date.parse(entry.at) >= instant);
}

function dayOf(instant: string | undefined): CalendarDate | undefined {
  if (!instant) return undefined;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? undefined : calendarDateIn(date);
}

function reportAssessment(assessment: AmbitionAssessment): ReportAssessment {
  return {
    level: assessment.level,
    status: assessment.status,
    explanation: assessment.explanation,
    evidence: assessment.evidence,
    act: assessment.act,
    revision: assessment.revision,
    confirmedBy: assessment.confirmedBy?.name,
    confirmedOn: dayOf(assessment.confirmedAt),
  };
}

function noActions(): ReportActions {
  return { done: [], 'in-progress': [], late: [], moved: [], stopped: [] };
}

/** The year a timing names when that is after the plan year: the action moved on. */
function timingMovedTo(action: ActionSummary): number | undefined {
  const named = yearOfTiming(parseTiming(action.timing));
  return named !== undefined && named > action.planYear ? named : undefined;
}

interface Placed {
  group: ActionGroup;
  movedTo?: number;
  reason?: string;
}

/**
 * Where an action of the year goes: done; carried over or stopped by the yearly update; moved by
 * its timing; late (open past its deadline on the day judged); otherwise in progress.
 */
function place(
  action: ActionSummary,
  status: ActionStatus,
  closure: ActionSummary['closure'],
  late: boolean,
  planYearOf: ReadonlyMap<number, number>,
): Placed {
  if (status === 'done') return { group: 'done' };
  if (closure?.outcome === 'carried') {
    const carriedTo = closure.carriedToId;
    const year = carriedTo === undefined ? undefined : planYearOf.get(carriedTo);
    return { group: 'moved', movedTo: year ?? timingMovedTo(action) ?? action.planYear + 1 };
  }
  if (closure?.outcome === 'stopped') {
    return { group: 'stopped', reason: closure.reason };
  }
  const moved = timingMovedTo(action);
  if (moved !== undefined) return { group: 'moved', movedTo: moved };
  return { group: late ? 'late' : 'in-progress' };
}

const byTitle = new Intl.Collator('nl').compare;

/**
 * The year report from the plan's data. Pure: the day it is made on comes in as `today`. Only
 * confirmed assessments count, the latest revision per theme and year; drafts are named among
 * what the report cannot know.
 */
export function buildYearReport(input: YearReportInput): YearReport {
  const { year, today } = input;
  const yearEnd = lastDayOfYear(year);
  const asOf = today < yearEnd ? today : yearEnd;
  const started = yearOf(today) >= year;
  const themesById = new Map(input.themes.map((theme) => [theme.id, theme]));
  const goals = new Map(input.goals.map((goal) => [goal.id, goal.title]));
  const planYearOf = new Map(input.actions.map((action) => [action.id, action.planYear]));
  // A year that has ended reads as it was on its last day, as far as the history tells.
  const statusOf = (action: ActionSummary) =>
    input.yearEndStatuses?.statuses.get(action.id) ?? action.status;
  const ofYear = input.actions
    .filter((action) => action.planYear === year)
    .map((action) => ({ action, status: statusOf(action) }));
  // Judged as open work: the update's closing comes after the year and is placed on its own.
  const deadlines = assessDeadlinesOn(
    ofYear.map(({ action, status }) => ({ id: action.id, timing: action.timing, status })),
    asOf,
  );

  const grouped = new Map<number | undefined, ReportActions>();
  for (const { action, status } of ofYear) {
    const late = started && deadlines.get(action.id)?.state === 'overdue';
    // Closed by an update made after the year ended: the year reads as it was, the action open.
    const closure = input.yearEndStatuses?.closedAfter?.has(action.id) ? undefined : action.closure;
    const placed = place(action, status, closure, late, planYearOf);
    // An action whose theme is gone reads as organisation-wide rather than disappearing.
    const themeId =
      action.themeId !== undefined && themesById.has(action.themeId) ? action.themeId : undefined;
    let actions = grouped.get(themeId);
    if (!actions) {
      actions = noActions();
      grouped.set(themeId, actions);
    }
    actions[placed.group].push({
      id: action.id,
      title: action.title,
      goalTitle: action.goalId === undefined ? undefined : goals.get(action.goalId),
      timing: action.timing,
      status,
      responsible: responsibleFor(action, input.themes)?.name,
      movedTo: placed.movedTo,
      reason: placed.reason,
    });
  }
  for (const actions of grouped.values()) {
    for (const group of ACTION_GROUPS) actions[group].sort((a, b) => byTitle(a.title, b.title));
  }

  const practicesOfYear = input.practices.filter(
    (practice) => !practice.hidden && dayOf(practice.created)?.startsWith(`${year}-`),
  );
  const pilotsOfYear = input.pilots.filter((pilot) => pilot.year === year);
  const targetYear = ORGANISATION_AMBITION.targetYear;
  const drafts: ThemeRef[] = [];

  const themes = input.themes.map((theme): ThemeReport => {
    const confirmedYears = confirmedByYear(input.assessments, theme.id);
    const confirmed = confirmedYears.get(year);
    if (openDraft(input.assessments, theme.id, year)) drafts.push(refOf(theme));
    const lastYear = confirmedYears.get(year - 1);
    const previous: PreviousStep | undefined = lastYear
      ? { level: lastYear.level, source: 'assessment', year: year - 1 }
      : year <= FIRST_PLAN_YEAR
        ? { level: theme.baselineLevel, source: 'baseline', year: FIRST_PLAN_YEAR }
        : undefined;
    const known = confirmed?.level ?? previous?.level;
    return {
      id: theme.id,
      key: theme.key,
      name: theme.name,
      owner: theme.owner?.name,
      baseline: theme.baselineLevel,
      target: theme.targetLevel,
      targetYear,
      previous,
      assessment: confirmed && reportAssessment(confirmed),
      status: confirmed?.status ?? 'undetermined',
      stepsToTarget: known === undefined ? undefined : Math.max(0, theme.targetLevel - known),
      yearsLeft: Math.max(0, targetYear - year),
      actions: grouped.get(theme.id) ?? noActions(),
      pilots: pilotsOfYear
        .filter((pilot) => pilot.themeIds.includes(theme.id))
        .map(({ id, title, status }) => ({ id, title, status })),
      practices: practicesOfYear
        .filter((practice) => practice.themeIds.includes(theme.id))
        .map(({ id, title }) => ({ id, title })),
    };
  });
  const organisation = grouped.get(undefined) ?? noActions();

  const summary = summarize(themes, organisation, pilotsOfYear.length, practicesOfYear.length);
  return {
    year,
    today,
    asOf,
    ladder: AMBITION_LEVELS.map((level) => ({ level, label: input.ladderLabels[level] })),
    organisationAmbition: {
      current: ORGANISATION_AMBITION.currentLevel,
      target: ORGANISATION_AMBITION.targetLevel,
      targetYear,
    },
    summary,
    themes,
    organisation,
    conclusions: concludeFrom(themes, summary),
    unknowns: unknownsOf({
      year,
      today,
      asOf,
      started,
      themes,
      drafts,
      problems: input.problems,
      yearEndStatuses: input.yearEndStatuses,
    }),
  };
}

function refOf(theme: Pick<ThemeReport, 'id' | 'key' | 'name'>): ThemeRef {
  return { id: theme.id, key: theme.key, name: theme.name };
}

function summarize(
  themes: readonly ThemeReport[],
  organisation: ReportActions,
  pilots: number,
  practices: number,
): YearReportSummary {
  const byStatus: Record<AssessmentStatus, number> = {
    'on-track': 0,
    'at-risk': 0,
    behind: 0,
    undetermined: 0,
  };
  for (const theme of themes) byStatus[theme.status] += 1;
  const actions = Object.fromEntries(
    ACTION_GROUPS.map((group) => [
      group,
      organisation[group].length +
        themes.reduce((sum, theme) => sum + theme.actions[group].length, 0),
    ]),
  ) as Record<ActionGroup, number>;
  return {
    themes: themes.length,
    assessed: themes.filter((theme) => theme.assessment).length,
    byStatus,
    atTarget: themes.filter((theme) => theme.assessment && theme.assessment.level >= theme.target)
      .length,
    actions,
    pilots,
    practices,
  };
}

function concludeFrom(themes: readonly ThemeReport[], summary: YearReportSummary): Conclusion[] {
  const assessed = themes.filter((theme) => theme.assessment);
  const conclusions: Conclusion[] = [];
  const add = (conclusion: Conclusion, keep: boolean) => {
    if (keep) conclusions.push(conclusion);
  };
  const onTrack = assessed.filter((theme) => theme.status === 'on-track').map(refOf);
  add({ kind: 'on-track', themes: onTrack }, onTrack.length > 0);
  const attention = assessed
    .filter((theme) => theme.status === 'at-risk' || theme.status === 'behind')
    .map((theme) => ({ ...refOf(theme), status: theme.status }));
  add({ kind: 'attention', themes: attention }, attention.length > 0);
  const reached = assessed
    .filter((theme) => theme.assessment && theme.assessment.level >= theme.target)
    .map(refOf);
  add({ kind: 'target-reached', themes: reached }, reached.length > 0);
  const notAssessed = themes.filter((theme) => !theme.assessment).map(refOf);
  add({ kind: 'not-assessed', themes: notAssessed }, notAssessed.length > 0);
  add({ kind: 'late', count: summary.actions.late }, summary.actions.late > 0);
  add({ kind: 'moved', count: summary.actions.moved }, summary.actions.moved > 0);
  add({ kind: 'stopped', count: summary.actions.stopped }, summary.actions.stopped > 0);
  const act = assessed.filter((theme) => theme.assessment?.act.trim()).map(refOf);
  add({ kind: 'act', themes: act }, act.length > 0);
  return conclusions;
}

function unknownsOf(context: {
  year: number;
  today: CalendarDate;
  asOf: CalendarDate;
  started: boolean;
  themes: readonly ThemeReport[];
  drafts: ThemeRef[];
  problems: number | undefined;
  yearEndStatuses: YearReportInput['yearEndStatuses'];
}): Unknown[] {
  const { year, today, asOf, started, themes, drafts, problems, yearEndStatuses } = context;
  const unknowns: Unknown[] = [];
  if (!started) unknowns.push({ kind: 'year-not-started' });
  else if (asOf === today && yearOf(today) === year)
    unknowns.push({ kind: 'year-in-progress', asOf });
  if (yearEndStatuses) {
    unknowns.push({ kind: 'statuses-from-history', missing: yearEndStatuses.missing });
  } else if (yearOf(today) > year) unknowns.push({ kind: 'statuses-now', today });
  const notAssessed = themes.filter((theme) => !theme.assessment).map(refOf);
  if (notAssessed.length > 0) unknowns.push({ kind: 'not-assessed', themes: notAssessed });
  if (drafts.length > 0) unknowns.push({ kind: 'draft-pending', themes: drafts });
  const noPrevious = themes.filter((theme) => !theme.previous).map(refOf);
  if (noPrevious.length > 0)
    unknowns.push({ kind: 'no-previous', year: year - 1, themes: noPrevious });
  unknowns.push({ kind: 'moved-derived' }, { kind: 'practices-by-date' }, { kind: 'indicators' });
  if (problems) unknowns.push({ kind: 'problems', count: problems });
  return unknowns;
}
