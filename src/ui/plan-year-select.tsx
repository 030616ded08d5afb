import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ALL_PLAN_YEARS, readPlanYearFilter, type PlanYearFilter } from '../domain/plan-year';

/**
 * Which plan years a view shows (board, theme page, deadline overview): the default, the current
 * year with what is still open from earlier years; one year; or every year. A native select, so
 * it is keyboard and screen reader ready as it is.
 */
export function PlanYearSelect({
  value,
  years,
  currentYear,
  onChange,
  className,
}: {
  value: PlanYearFilter;
  /** The plan years to offer, in order. */
  years: readonly number[];
  currentYear: number;
  onChange: (value: PlanYearFilter) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('planYears.label')} className={className}>
      <Select
        value={value === undefined ? '' : String(value)}
        onChange={(_, data) => onChange(readPlanYearFilter(data.value))}
      >
        <option value="">{t('planYears.currentAndOpen', { year: currentYear })}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
        <option value={ALL_PLAN_YEARS}>{t('planYears.all')}</option>
      </Select>
    </Field>
  );
}
