import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { DEADLINE_SECTIONS, type DeadlineSection } from '../../../domain/deadline-sections';
import { planYearsOf } from '../../../domain/plan-year';
import { useNow } from '../../../ui/clock';
import { useDescribeDeadline } from '../../../ui/deadline-badge';
import { useFormatDate } from '../../../ui/format-date';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { usePlan } from '../../../ui/use-plan';
import { useSearchState } from '../../../ui/use-search-state';
import {
  countMatrix,
  deadlineRowsOf,
  filterRows,
  groupRows,
  readDeadlineFilters,
  readGrouping,
  responsiblePeople,
  rowsBySection,
  writeDeadlineFilters,
  writeGrouping,
  type DeadlineFilters,
} from '../deadline-overview';
import { DeadlineExportButtons } from './deadline-export-buttons';
import { DeadlineFilterBar } from './deadline-filter-bar';
import { DeadlineGroupList } from './deadline-group-list';
import { DeadlineMatrix } from './deadline-matrix';
import { DeadlineOverviewWarmUp } from './deadline-overview-warm-up';
import { DeadlineSectionList } from './deadline-section-list';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

// The matrix counts what is still to come; what is done has its own section below.
const MATRIX_SECTIONS = DEADLINE_SECTIONS.filter((section) => section !== 'done');

// Loaded after the overview itself, with its own read of the procurement calendar.
const ProcurementGapsSection = lazy(async () => ({
  default: (await import('./procurement-gaps-section')).ProcurementGapsSection,
}));

/**
 * The coordinator's overview: every action of every theme against its deadline, today. A plan
 * of thousands of actions is judged, filtered, counted and grouped once per plan read or URL
 * change, and each list mounts a page of rows at a time.
 */
export function DeadlineOverviewPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const formatDate = useFormatDate();
  const describe = useDescribeDeadline();
  const plan = usePlan();
  const [params, updateParams] = useSearchState();
  const filters = useMemo(() => readDeadlineFilters(params), [params]);
  const grouping = readGrouping(params);

  const today = calendarDateIn(now);
  const currentYear = yearOf(today);
  const rows = useMemo(
    () => (plan.data ? deadlineRowsOf(plan.data, today) : []),
    [plan.data, today],
  );
  const people = useMemo(() => responsiblePeople(rows), [rows]);
  const years = useMemo(() => {
    const chosen = typeof filters.year === 'number' ? [filters.year] : [];
    return planYearsOf(plan.data?.actions ?? [], currentYear, ...chosen);
  }, [plan.data, currentYear, filters.year]);
  const unsectioned = useMemo(
    () => filterRows(rows, filters, currentYear),
    [rows, filters, currentYear],
  );
  const matrix = useMemo(
    () => countMatrix(filterRows(rows, { ...filters, theme: undefined }, currentYear)),
    [rows, filters, currentYear],
  );
  const bySection = useMemo(() => rowsBySection(unsectioned), [unsectioned]);
  const listed = useMemo(
    () => (filters.section ? (bySection.get(filters.section) ?? []) : unsectioned),
    [filters.section, bySection, unsectioned],
  );
  const themes = plan.data?.themes;
  const groups = useMemo(
    () => (grouping && themes ? groupRows(listed, grouping, themes) : []),
    [grouping, listed, themes],
  );
  const sections = filters.section ? [filters.section] : DEADLINE_SECTIONS;

  const change = (next: Partial<DeadlineFilters>) =>
    updateParams(
      (current) => writeDeadlineFilters({ ...readDeadlineFilters(current), ...next }, current),
      { replace: true },
    );
  const linkTo = (theme: string, section: DeadlineSection) =>
    `?${writeDeadlineFilters({ ...filters, theme, section }, params).toString()}`;

  return (
    <section className={styles.page} aria-labelledby="deadlines-heading">
      <div>
        <Title2 as="h1" id="deadlines-heading">
          {t('deadlines.heading')}
        </Title2>
        <Caption1 as="p">{t('deadlines.asOf', { date: formatDate(today) })}</Caption1>
      </div>
      <Suspense fallback={null}>
        <ProcurementGapsSection />
      </Suspense>
      {plan.isPending ? (
        <>
          <CardsSkeleton count={3} />
          <DeadlineOverviewWarmUp currentYear={currentYear} describe={describe} />
        </>
      ) : plan.isError ? (
        <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
      ) : rows.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('deadlines.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <DeadlineMatrix
            themes={plan.data.themes}
            sections={MATRIX_SECTIONS}
            matrix={matrix}
            linkTo={linkTo}
          />
          <DeadlineFilterBar
            filters={filters}
            grouping={grouping}
            themes={plan.data.themes}
            people={people}
            years={years}
            currentYear={currentYear}
            onFilter={change}
            onGroup={(next) =>
              updateParams((current) => writeGrouping(next, current), { replace: true })
            }
          />
          <DeadlineExportButtons rows={listed} fileStem="mvoi-deadlines" />
          {grouping ? (
            <DeadlineGroupList
              // Each view opens with its first groups open, whatever was open in the one before.
              key={`${grouping}?${writeDeadlineFilters(filters).toString()}`}
              groups={groups}
              grouping={grouping}
              describe={describe}
            />
          ) : (
            <DeadlineSectionList sections={sections} bySection={bySection} describe={describe} />
          )}
        </>
      )}
    </section>
  );
}
