import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { AMBITION_LEVELS, type AmbitionLevel } from '../../../domain/ambition';
import { calendarDateIn, lastDayOfYear, type CalendarDate } from '../../../domain/calendar-date';
import type { Practice } from '../../../domain/practice';
import type { ActionStatus, ActionSummary } from '../../../domain/action';
import {
  buildYearReport,
  endOfYearInstant,
  closedAfter,
  statusAt,
  type YearReport,
  type YearReportInput,
} from '../../../domain/year-report';
import type { Repositories } from '../../../data/repositories';
import { useNow } from '../../../ui/clock';
import { useLadderLabel } from '../../../ui/use-ladder-label';
import { usePlan } from '../../../ui/use-plan';
import { useRepositories } from '../../../ui/repositories-context';

export const yearReportKeys = {
  all: ['year-report'] as const,
  assessments: (year: number) => ['year-report', 'assessments', year] as const,
  practices: (year: number) => ['year-report', 'practices', year] as const,
  yearEnd: (year: number, ids: readonly number[]) =>
    ['year-report', 'year-end', year, ids] as const,
};

/** The assessments of the year and of the year before (for the step from last year). */
async function readAssessments(repositories: Repositories, year: number) {
  const [thisYear, lastYear] = await Promise.all([
    repositories.assessments.listByYear(year),
    repositories.assessments.listByYear(year - 1),
  ]);
  return {
    items: [...thisYear.items, ...lastYear.items],
    problems: thisYear.problems.length + lastYear.problems.length,
  };
}

type PracticeOfYear = Pick<Practice, 'id' | 'title' | 'themeIds' | 'created' | 'hidden'>;

/**
 * The good examples posted up to the end of the year. The feed comes newest first, so reading
 * stops at the first page that reaches back before the year.
 */
export async function readPracticesUpTo(
  repositories: Repositories,
  year: number,
): Promise<PracticeOfYear[]> {
  const start: CalendarDate = `${year}-01-01`;
  const practices: PracticeOfYear[] = [];
  let cursor: string | undefined;
  do {
    const page = await repositories.practices.page({}, cursor);
    practices.push(...page.items);
    const oldest = page.items.at(-1);
    if (oldest && calendarDateIn(new Date(oldest.created)) < start) break;
    cursor = page.cursor;
  } while (cursor);
  return practices;
}

// A year's few dozen histories, a handful at a time: SharePoint throttles bursts.
const HISTORY_READS_AT_ONCE = 4;

type YearEndStatuses = NonNullable<YearReportInput['yearEndStatuses']>;

/**
 * Each action's status on the year's last day, from its version history. An action whose history
 * cannot be read keeps its status of today, and is counted, so the report can say so.
 */
export async function readYearEndStatuses(
  repositories: Repositories,
  year: number,
  actions: readonly Pick<ActionSummary, 'id' | 'status'>[],
): Promise<YearEndStatuses> {
  const end = endOfYearInstant(year);
  const statuses = new Map<number, ActionStatus>();
  const closedLater = new Set<number>();
  let missing = 0;
  const queue = [...actions];
  const worker = async () => {
    for (let action = queue.shift(); action; action = queue.shift()) {
      try {
        const history = await repositories.actions.history(action.id);
        statuses.set(action.id, statusAt(history, action.status, end));
        if (closedAfter(history, end)) closedLater.add(action.id);
      } catch {
        missing += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: HISTORY_READS_AT_ONCE }, worker));
  return { statuses, closedAfter: closedLater, missing };
}

export interface YearReportQuery {
  report: YearReport | undefined;
  isPending: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * The year report, built from the plan, the year's (and last year's) assessments and the good
 * examples. The report is a record of what is confirmed: it reads fresh each time it opens.
 */
export function useYearReport(year: number): YearReportQuery {
  const repositories = useRepositories();
  const plan = usePlan();
  const assessments = useQuery({
    queryKey: yearReportKeys.assessments(year),
    queryFn: () => readAssessments(repositories, year),
    staleTime: 0,
  });
  const practices = useQuery({
    queryKey: yearReportKeys.practices(year),
    queryFn: () => readPracticesUpTo(repositories, year),
    staleTime: 0,
  });
  const labelOf = useLadderLabel();
  // The labels change only with the language or the coordinator's name for step 5: keyed by
  // their text, the report is not rebuilt on every render.
  const labelsKey = AMBITION_LEVELS.map(labelOf).join('\n');
  const ladderLabels = useMemo(
    () =>
      Object.fromEntries(
        labelsKey.split('\n').map((label, index) => [AMBITION_LEVELS[index], label]),
      ) as Record<AmbitionLevel, string>,
    [labelsKey],
  );
  const today = calendarDateIn(useNow());
  const ended = today > lastDayOfYear(year);
  const ofYear = useMemo(
    () => plan.data?.actions.filter((action) => action.planYear === year) ?? [],
    [plan.data, year],
  );
  const yearEnd = useQuery({
    queryKey: yearReportKeys.yearEnd(
      year,
      ofYear.map((action) => action.id),
    ),
    queryFn: () => readYearEndStatuses(repositories, year, ofYear),
    enabled: ended && plan.data !== undefined,
    staleTime: 0,
  });
  const yearEndStatuses = ended ? yearEnd.data : undefined;
  const report = useMemo(
    () =>
      plan.data && assessments.data && practices.data && (!ended || yearEndStatuses)
        ? buildYearReport({
            year,
            themes: plan.data.themes,
            goals: plan.data.goals,
            actions: plan.data.actions,
            pilots: plan.data.pilots,
            practices: practices.data,
            assessments: assessments.data.items,
            ladderLabels,
            today,
            problems: plan.data.problems.length + assessments.data.problems,
            ...(yearEndStatuses ? { yearEndStatuses } : {}),
          })
        : undefined,
    [
      year,
      plan.data,
      assessments.data,
      practices.data,
      ladderLabels,
      today,
      ended,
      yearEndStatuses,
    ],
  );
  return {
    report,
    isPending:
      plan.isPending ||
      assessments.isPending ||
      practices.isPending ||
      (ended && yearEnd.isPending),
    error: plan.error ?? assessments.error ?? practices.error ?? yearEnd.error,
    refetch: () => {
      if (plan.isError) void plan.refetch();
      if (assessments.isError) void assessments.refetch();
      if (practices.isError) void practices.refetch();
    },
  };
}
