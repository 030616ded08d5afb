import type { DeadlineSection } from '../../../domain/deadline-sections';
import type { DescribeDeadline } from '../../../ui/deadline-badge';
import { WARM_UP_ACTION, WARM_UP_ASSESSMENT } from '../../../ui/warm-up-sample';
import { NO_FILTERS, type DeadlineRow } from '../deadline-overview';
import { DeadlineFilterBar } from './deadline-filter-bar';
import { DeadlineSectionList } from './deadline-section-list';

const SECTIONS: readonly DeadlineSection[] = ['overdue'];
const SAMPLE: ReadonlyMap<DeadlineSection, readonly DeadlineRow[]> = new Map([
  [
    'overdue',
    [
      {
        action: WARM_UP_ACTION,
        theme: undefined,
        goalTitle: undefined,
        responsible: undefined,
        assessment: WARM_UP_ASSESSMENT,
        section: 'overdue',
      },
    ],
  ],
]);
const ignore = () => undefined;

/** The overview's filters and a section of one row, hidden, for its loading state (see `WARM_UP_ACTION`). */
export function DeadlineOverviewWarmUp({
  currentYear,
  describe,
}: {
  currentYear: number;
  describe: DescribeDeadline;
}) {
  return (
    <div hidden>
      <DeadlineFilterBar
        filters={NO_FILTERS}
        grouping={undefined}
        themes={[]}
        people={[]}
        years={[currentYear]}
        currentYear={currentYear}
        onFilter={ignore}
        onGroup={ignore}
      />
      <DeadlineSectionList sections={SECTIONS} bySection={SAMPLE} describe={describe} />
    </div>
  );
}
