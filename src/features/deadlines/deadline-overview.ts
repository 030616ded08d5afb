import { ACTION_STATUSES, type ActionStatus, type ActionSummary } from '../../domain/action';
import { isCalendarDate, quarterOf, yearOf, type CalendarDate } from '../../domain/calendar-date';
import {
  DEADLINE_SECTIONS,
  deadlineSectionOf,
  responsibleFor,
  type DeadlineSection,
} from '../../domain/deadline-sections';
import { assessDeadlinesOn, type DeadlineAssessment } from '../../domain/deadlines';
import type { Person } from '../../domain/person';
import { inPlanYears, readPlanYearFilter, type PlanYearFilter } from '../../domain/plan-year';
import type { Theme } from '../../domain/theme';
import type { PlanSnapshot } from '../../data/repositories';

/** The theme filter's value for the plan's organisation-wide actions, which have no theme. */
export const ORGANISATION = 'organisatie';

// A section of a large plan can hold thousands of actions: show them a page at a time, as many
// as a board column shows.
export const SECTION_PAGE_SIZE = 10;

/** One action as the overview lists it. */
export interface DeadlineRow {
  action: ActionSummary;
  theme: Theme | undefined;
  goalTitle: string | undefined;
  responsible: Person | undefined;
  assessment: DeadlineAssessment;
  section: DeadlineSection;
}

// The overview and the header's count judge the same plan read: the rows are made once per day.
const rowsOfPlan = new WeakMap<PlanSnapshot, { today: CalendarDate; rows: DeadlineRow[] }>();

/**
 * Every action of the plan, judged on an Amsterdam calendar day, soonest first. The rows are
 * shared by everyone who asks for the same plan and day, so no one changes them.
 */
export function deadlineRowsOf(plan: PlanSnapshot, today: CalendarDate): readonly DeadlineRow[] {
  const known = rowsOfPlan.get(plan);
  if (known?.today === today) return known.rows;
  const rows = judgedRows(plan, today);
  rowsOfPlan.set(plan, { today, rows });
  return rows;
}

function judgedRows(plan: PlanSnapshot, today: CalendarDate): DeadlineRow[] {
  const assessments = assessDeadlinesOn(plan.actions, today);
  const themes = new Map(plan.themes.map((theme) => [theme.id, theme]));
  const goals = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
  // Actions of one timing and status share their assessment, so they share its section too.
  const sections = new Map<DeadlineAssessment, DeadlineSection>();
  const sectionOf = (assessment: DeadlineAssessment) => {
    let section = sections.get(assessment);
    if (section === undefined) {
      section = deadlineSectionOf(assessment, today);
      sections.set(assessment, section);
    }
    return section;
  };
  return plan.actions
    .map((action) => {
      const assessment = assessments.get(action.id) ?? { state: 'no-deadline' as const };
      return {
        action,
        theme: action.themeId === undefined ? undefined : themes.get(action.themeId),
        goalTitle: action.goalId === undefined ? undefined : goals.get(action.goalId),
        responsible: responsibleFor(action, plan.themes),
        assessment,
        section: sectionOf(assessment),
      };
    })
    .sort(bySoonest);
}

// One collator for thousands of comparisons: `localeCompare(…, 'nl')` builds one per call.
const byName = new Intl.Collator('nl').compare;

function bySoonest(a: DeadlineRow, b: DeadlineRow): number {
  const dueA = a.assessment.deadline ?? '9999-12-31';
  const dueB = b.assessment.deadline ?? '9999-12-31';
  return dueA < dueB ? -1 : dueA > dueB ? 1 : byName(a.action.title, b.action.title);
}

/**
 * What the overview shows; kept in the URL
 * (`?theme=klimaat&owner=12&status=blocked&section=overdue&year=2025`).
 */
export interface DeadlineFilters {
  /** A theme key, or `ORGANISATION` for the organisation-wide actions. */
  theme: string | undefined;
  ownerId: number | undefined;
  status: ActionStatus | undefined;
  section: DeadlineSection | undefined;
  /** Undefined: the current plan year and what is still open from earlier ones. */
  year: PlanYearFilter;
}

export const NO_FILTERS: DeadlineFilters = {
  theme: undefined,
  ownerId: undefined,
  status: undefined,
  section: undefined,
  year: undefined,
};

const PARAMS = {
  theme: 'theme',
  ownerId: 'owner',
  status: 'status',
  section: 'section',
  year: 'year',
} as const;

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
    year: readPlanYearFilter(params.get(PARAMS.year)),
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

/**
 * The rows that pass every filter but the section: the matrix and the section counts. The plan
 * year's default depends on the year of today.
 */
export function filterRows(
  rows: readonly DeadlineRow[],
  { theme, ownerId, status, year }: DeadlineFilters,
  currentYear: number,
): DeadlineRow[] {
  return rows.filter(
    (row) =>
      (theme === undefined || themeFilterOf(row) === theme) &&
      (ownerId === undefined || row.responsible?.id === ownerId) &&
      (status === undefined || row.action.status === status) &&
      inPlanYears(row.action, year, currentYear),
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

/** The rows of each section, in one pass, each section soonest first. */
export function rowsBySection(rows: readonly DeadlineRow[]): Map<DeadlineSection, DeadlineRow[]> {
  const sections = new Map<DeadlineSection, DeadlineRow[]>(
    DEADLINE_SECTIONS.map((section) => [section, []]),
  );
  for (const row of rows) sections.get(row.section)?.push(row);
  return sections;
}

/** How the list may be grouped besides by section (the default); kept in the URL as `?group=`. */
export const GROUPINGS = ['theme', 'owner', 'quarter'] as const;
export type Grouping = (typeof GROUPINGS)[number];
const GROUP_PARAM = 'group';

export function readGrouping(params: URLSearchParams): Grouping | undefined {
  return oneOf(GROUPINGS, params.get(GROUP_PARAM));
}

/** The grouping as search params; the page's other params stay as they are. */
export function writeGrouping(
  grouping: Grouping | undefined,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  if (grouping === undefined) params.delete(GROUP_PARAM);
  else params.set(GROUP_PARAM, grouping);
  return params;
}

/** The key of the group of rows that have none: no owner, or no deadline to place in a quarter. */
export const NO_GROUP = 'none';

export interface DeadlineGroup {
  /** A theme key or `ORGANISATION`, a person's id, a quarter (`2025-Q2`), or `NO_GROUP`. */
  key: string;
  /** The theme's or person's name or the quarter (`Q2 2025`); none for the organisation and `NO_GROUP`. */
  name: string | undefined;
  /** By section in the overview's order, each section soonest first. */
  rows: DeadlineRow[];
  counts: SectionCounts;
}

interface GroupOf {
  key: string;
  name: string | undefined;
}

/** The quarter an action is due in: its deadline's, or for done work the one its timing named. */
function quarterGroupOf(row: DeadlineRow): GroupOf {
  const { dueDate } = row.action;
  const date =
    row.assessment.deadline ?? (dueDate && isCalendarDate(dueDate) ? dueDate : undefined);
  if (date === undefined) return { key: NO_GROUP, name: undefined };
  const [year, quarter] = [yearOf(date), quarterOf(date)];
  return { key: `${year}-Q${quarter}`, name: `Q${quarter} ${year}` };
}

function groupOf(row: DeadlineRow, grouping: Grouping): GroupOf {
  switch (grouping) {
    case 'theme':
      return { key: themeFilterOf(row), name: row.theme?.name };
    case 'owner':
      return row.responsible
        ? { key: String(row.responsible.id), name: row.responsible.name }
        : { key: NO_GROUP, name: undefined };
    case 'quarter':
      return quarterGroupOf(row);
  }
}

/**
 * The rows by theme (the plan's order, then the organisation-wide), by the person who answers
 * for them (by name) or by the quarter they are due in (in time); the rest group last. One pass
 * over the rows plus a sort of the groups, so thousands of actions group at once.
 */
export function groupRows(
  rows: readonly DeadlineRow[],
  grouping: Grouping,
  themes: readonly Pick<Theme, 'key'>[],
): DeadlineGroup[] {
  const groups = new Map<
    string,
    { name: string | undefined; sections: Map<DeadlineSection, DeadlineRow[]> }
  >();
  for (const row of rows) {
    const { key, name } = groupOf(row, grouping);
    let group = groups.get(key);
    if (!group) {
      group = { name, sections: rowsBySection([]) };
      groups.set(key, group);
    }
    group.sections.get(row.section)?.push(row);
  }
  // The organisation-wide actions are in no theme: they come after the themes.
  const themeOrder = new Map(themes.map((theme, index): [string, number] => [theme.key, index]));
  const themeRank = (key: string) => themeOrder.get(key) ?? themes.length;
  const compare = (a: DeadlineGroup, b: DeadlineGroup) => {
    const rest = Number(a.key === NO_GROUP) - Number(b.key === NO_GROUP);
    if (rest !== 0) return rest;
    switch (grouping) {
      case 'theme':
        return themeRank(a.key) - themeRank(b.key);
      case 'owner':
        return byName(a.name ?? '', b.name ?? '');
      case 'quarter':
        return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    }
  };
  return [...groups]
    .map(([key, { name, sections }]) => {
      const counts = noCounts();
      for (const [section, inSection] of sections) counts[section] = inSection.length;
      return { key, name, rows: [...sections.values()].flat(), counts };
    })
    .sort(compare);
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
  return [...people.values()].sort((a, b) => byName(a.name, b.name));
}
