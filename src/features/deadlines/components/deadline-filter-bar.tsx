import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { FilterDismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../domain/action';
import { DEADLINE_SECTIONS } from '../../../domain/deadline-sections';
import type { Person } from '../../../domain/person';
import type { Theme } from '../../../domain/theme';
import { PlanYearSelect } from '../../../ui/plan-year-select';
import {
  GROUPINGS,
  NO_FILTERS,
  ORGANISATION,
  writeDeadlineFilters,
  type DeadlineFilters,
  type Grouping,
} from '../deadline-overview';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  select: { width: '220px' },
});

/** The overview's filters and its grouping, as plain selects: each a native, keyboard-ready list. */
export function DeadlineFilterBar({
  filters,
  grouping,
  themes,
  people,
  years,
  currentYear,
  onFilter,
  onGroup,
}: {
  filters: DeadlineFilters;
  grouping: Grouping | undefined;
  themes: readonly Theme[];
  people: readonly Person[];
  /** The plan years to offer, in order. */
  years: readonly number[];
  currentYear: number;
  onFilter: (change: Partial<DeadlineFilters>) => void;
  onGroup: (grouping: Grouping | undefined) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const filtered = writeDeadlineFilters(filters).size > 0;
  return (
    <div className={styles.bar} role="group" aria-label={t('deadlines.filters')}>
      <PlanYearSelect
        value={filters.year}
        years={years}
        currentYear={currentYear}
        onChange={(year) => onFilter({ year })}
        className={styles.select}
      />
      <Field label={t('deadlines.theme')} className={styles.select}>
        <Select
          value={filters.theme ?? ''}
          onChange={(_, data) => onFilter({ theme: data.value || undefined })}
        >
          <option value="">{t('deadlines.allThemes')}</option>
          {themes.map((theme) => (
            <option key={theme.key} value={theme.key}>
              {theme.name}
            </option>
          ))}
          <option value={ORGANISATION}>{t('deadlines.organisation')}</option>
        </Select>
      </Field>
      <Field label={t('deadlines.owner')} className={styles.select}>
        <Select
          value={filters.ownerId === undefined ? '' : String(filters.ownerId)}
          onChange={(_, data) => onFilter({ ownerId: data.value ? Number(data.value) : undefined })}
        >
          <option value="">{t('deadlines.allOwners')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('deadlines.status')} className={styles.select}>
        <Select
          value={filters.status ?? ''}
          onChange={(_, data) =>
            onFilter({ status: ACTION_STATUSES.find((status) => status === data.value) })
          }
        >
          <option value="">{t('deadlines.allStatuses')}</option>
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('deadlines.section')} className={styles.select}>
        <Select
          value={filters.section ?? ''}
          onChange={(_, data) =>
            onFilter({ section: DEADLINE_SECTIONS.find((section) => section === data.value) })
          }
        >
          <option value="">{t('deadlines.allSections')}</option>
          {DEADLINE_SECTIONS.map((section) => (
            <option key={section} value={section}>
              {t(`deadlines.sections.${section}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('deadlines.groupBy')} className={styles.select}>
        <Select
          value={grouping ?? ''}
          onChange={(_, data) => onGroup(GROUPINGS.find((choice) => choice === data.value))}
        >
          <option value="">{t('deadlines.groupings.section')}</option>
          {GROUPINGS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`deadlines.groupings.${choice}`)}
            </option>
          ))}
        </Select>
      </Field>
      {filtered && (
        <Button icon={<FilterDismissRegular />} onClick={() => onFilter(NO_FILTERS)}>
          {t('deadlines.clearFilters')}
        </Button>
      )}
    </div>
  );
}
