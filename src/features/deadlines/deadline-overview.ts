import { ACTION_STATUSES, type ActionStatus, type ActionSummary } from '../../domain/action';
import type { CalendarDate } from '../../domain/calendar-date';
import {
  DEADLINE_SECTIONS,
  deadlineSectionOf,
  responsibleFor,
  type DeadlineSection,
} from '../../domain/deadline-sections';
import { assessDeadlinesOn, type DeadlineAssessment } from '../../domain/deadlines';
import type { Person } from '../../domain/person';
import type { Theme } from '../../domain/theme';
import type { PlanSnapshot } from '../../data/repositories';

/** The theme filter's value for the plan's organisation-wide actions, which have no theme. */
export const ORGANISATION = 'organisatie';

/** One action as the overview lists it. */
export interface DeadlineRow {
  action: ActionSummary;
  theme: Theme | undefined;
  goalTitle: string | undefined;
  responsible: Person | undefined;
  assessment: DeadlineAssessment;
  section: DeadlineSection;
}

/** Every action of the plan, judged on an Amsterdam calendar day, soonest first. */
export function deadlineRowsOf(plan: PlanSnapshot, today: CalendarDate): DeadlineRow[] {
  const assessments = assessDeadlinesOn(plan.actions, today);
  const themes = new Map(plan.themes.map((theme) => [theme.id, theme]));
  const goals = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
  return plan.actions
    .map((action) => {
      const assessment = assessments.get(action.id) ?? { state: 'no-deadline' as const };
      return {
        action,
        theme: action.themeId === undefined ? undefined : themes.get(action.themeId),
        goalTitle: action.goalId === undefined ? undefined : goals.get(action.goalId),
        responsible: responsibleFor(action, plan.themes),
        assessment,
        section: deadlineSectionOf(assessment, today),
      };
    })
    .sort(bySoonest);
}

function bySoonest(a: DeadlineRow, b: DeadlineRow): number {
  const dueA = a.assessment.deadline ?? '9999-12-31';
  const dueB = b.assessment.deadline ?? '9999-12-31';
  return dueA.localeCompare(dueB) || a.action.title.localeCompare(b.action.title, 'nl');
}

/** What the overview shows; kept in the URL (`?theme=klimaat&owner=12&status=blocked&section=overdue`). */
export interface DeadlineFilters {
  /** A theme key, or `ORGANISATION` for the organisation-wide actions. */
  theme: string | undefined;
  ownerId: number | undefined;
  status: ActionStatus | undefined;
  section: DeadlineSection | undefined;
}

const PARAMS = { theme: 'theme', ownerId: 'owner', status: 'status', section: 'section' } as const;

function oneOf<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return choices.find((choice) => choice === value);
}

/** Values that do not read as a filter are ignored, so an old or edited link still opens. */
export function readDeadlineFilters(params: URLSearchParams): DeadlineFilters {
  const ownerId = Number(params.get(PARAMS.ownerId));
  return {
    theme: params.get(PARAMS.theme) || undefined,
    ownerId: Number.isInteger(ownerId) && ownerId > 0 ? ownerId : undefined,
    status: oneOf(ACTION_STATUSES, params.get(PARAMS.status)),
    section: oneOf(DEADLINE_SECTIONS, params.get(PARAMS.section)),
  };
}

/** The filters as search params; the page's other params stay as they are. */
export function writeDeadlineFilters(
  filters: DeadlineFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const [field, name] of Object.entries(PARAMS)) {
    const value = filters[field as keyof DeadlineFilters];
    if (value === undefined) params.delete(name);
    else params.set(name, String(value));
  }
  return params;
}

export function themeFilterOf(row: Pick<DeadlineRow, 'theme'>): string {
  return row.theme?.key ?? ORGANISATION;
}

/** The rows that pass every filter but the section: the matrix and the section counts. */
export function filterRows(
  rows: readonly DeadlineRow[],
  { theme, ownerId, status }: DeadlineFilters,
): DeadlineRow[] {
  return rows.filter(
    (row) =>
      (theme === undefined || themeFilterOf(row) === theme) &&
      (ownerId === undefined || row.responsible?.id === ownerId) &&
      (status === undefined || row.action.status === status),
  );
}

export type SectionCounts = Record<DeadlineSection, number>;

function noCounts(): SectionCounts {
  return Object.fromEntries(DEADLINE_SECTIONS.map((section) => [section, 0])) as SectionCounts;
}

/** Counts per section, per theme filter value (theme key or `ORGANISATION`). */
export function countMatrix(rows: readonly DeadlineRow[]): Map<string, SectionCounts> {
  const matrix = new Map<string, SectionCounts>();
  for (const row of rows) {
    const key = themeFilterOf(row);
    const counts = matrix.get(key) ?? noCounts();
    counts[row.section] += 1;
    matrix.set(key, counts);
  }
  return matrix;
}

/** The sections that call for someone's attention: late, or due within the longest lead time. */
export const ATTENTION_SECTIONS = ['overdue', 'soon'] as const satisfies readonly DeadlineSection[];

/** A person's own open actions that are late or coming up, soonest first. */
export function myDeadlineRows(rows: readonly DeadlineRow[], personId: number): DeadlineRow[] {
  return rows.filter(
    (row) =>
      row.responsible?.id === personId &&
      (ATTENTION_SECTIONS as readonly DeadlineSection[]).includes(row.section),
  );
}

/** Everyone who answers for an action, once each, by name. */
export function responsiblePeople(rows: readonly DeadlineRow[]): Person[] {
  const people = new Map<number, Person>();
  for (const { responsible } of rows) if (responsible) people.set(responsible.id, responsible);
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
