import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { FilterDismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../domain/goal';
import type { Pilot } from '../../../domain/pilot';
import { formatTiming, type YearQuarter } from '../../../domain/timing';
import { PlanYearSelect } from '../../../ui/plan-year-select';
import {
  DEADLINE_FILTER_STATES,
  hasFilters,
  quarterKey,
  NO_FILTERS,
  quarterFromKey,
  type BoardFilters,
} from '../board-filters';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  select: { width: '220px' },
  // A native select is as wide as its longest option (goal titles are long): keep it in its field.
  control: {
    width: '100%',
    '& > select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  },
  summary: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
});

export interface BoardFilterBarProps {
  filters: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  quarters: YearQuarter[];
  goals: Goal[];
  pilots: Pilot[];
  /** "My actions" needs to know who is signed in. */
  canFilterMine: boolean;
  shown: number;
  total: number;
  /** The plan years to offer, in order, and today's. */
  years: readonly number[];
  currentYear: number;
}

const idOf = (value: string) => (value ? Number(value) : undefined);

export function BoardFilterBar({
  filters,
  onChange,
  quarters,
  goals,
  pilots,
  canFilterMine,
  shown,
  total,
  years,
  currentYear,
}: BoardFilterBarProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const set = (change: Partial<BoardFilters>) => onChange({ ...filters, ...change });
  return (
    <div role="group" className={styles.bar} aria-label={t('board.filters.label')}>
      <PlanYearSelect
        value={filters.year}
        years={years}
        currentYear={currentYear}
        onChange={(year) => set({ year })}
        className={styles.select}
      />
      <Switch
        label={t('board.filters.mine')}
        checked={filters.mine}
        disabled={!canFilterMine}
        onChange={(_, data) => set({ mine: data.checked })}
      />
      <Field label={t('board.filters.quarter')} className={styles.select}>
        <Select
          className={styles.control}
          value={filters.quarter ? quarterKey(filters.quarter) : ''}
          onChange={(_, data) => set({ quarter: quarterFromKey(data.value) })}
        >
          <option value="">{t('board.filters.allQuarters')}</option>
          {quarters.map((quarter) => (
            <option key={quarterKey(quarter)} value={quarterKey(quarter)}>
              {formatTiming({ kind: 'quarter', ...quarter }, language)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('board.filters.goal')} className={styles.select}>
        <Select
          className={styles.control}
          value={filters.goalId === undefined ? '' : String(filters.goalId)}
          onChange={(_, data) => set({ goalId: idOf(data.value) })}
        >
          <option value="">{t('board.filters.allGoals')}</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('board.filters.pilot')} className={styles.select}>
        <Select
          className={styles.control}
          value={filters.pilotId === undefined ? '' : String(filters.pilotId)}
          onChange={(_, data) => set({ pilotId: idOf(data.value) })}
        >
          <option value="">{t('board.filters.allPilots')}</option>
          {pilots.map((pilot) => (
            <option key={pilot.id} value={pilot.id}>
              {pilot.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('board.filters.state')} className={styles.select}>
        <Select
          className={styles.control}
          value={filters.state ?? ''}
          onChange={(_, data) =>
            set({ state: DEADLINE_FILTER_STATES.find((state) => state === data.value) })
          }
        >
          <option value="">{t('board.filters.allStates')}</option>
          {DEADLINE_FILTER_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`board.filters.states.${state}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        icon={<FilterDismissRegular />}
        disabled={!hasFilters(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        {t('board.filters.clear')}
      </Button>
      <Caption1 className={styles.summary} role="status">
        {t('board.shown', { shown, total })}
      </Caption1>
    </div>
  );
}
