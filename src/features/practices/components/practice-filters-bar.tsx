import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PracticeFilter } from '../../../domain/practice';
import { usePlan } from '../../../ui/use-plan';
import { isFiltered } from '../practice-filters';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  select: { minWidth: '200px', maxWidth: '320px' },
});

/** Theme, pilot and action: native selects, so the keyboard and screen readers know them. */
export function PracticeFiltersBar({
  filter,
  onChange,
}: {
  filter: PracticeFilter;
  onChange: (filter: PracticeFilter) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const plan = usePlan();
  const pick = (name: keyof PracticeFilter) => (_: unknown, data: { value: string }) =>
    onChange({ ...filter, [name]: data.value ? Number(data.value) : undefined });
  const options = {
    themeId: (plan.data?.themes ?? []).map((theme) => ({ id: theme.id, label: theme.name })),
    pilotId: (plan.data?.pilots ?? []).map((pilot) => ({ id: pilot.id, label: pilot.title })),
    actionId: (plan.data?.actions ?? []).map((action) => ({ id: action.id, label: action.title })),
  };
  const labels = { themeId: 'theme', pilotId: 'pilot', actionId: 'action' } as const;
  return (
    <div role="group" aria-label={t('practices.filters.label')} className={styles.bar}>
      {(Object.keys(options) as (keyof PracticeFilter)[]).map((name) => {
        const value = filter[name];
        // A filter from a link shows even before (or without) the plan naming it.
        const known = options[name].some((option) => option.id === value);
        return (
          <Field key={name} label={t(`practices.filters.${labels[name]}`)}>
            <Select
              className={styles.select}
              value={value === undefined ? '' : String(value)}
              onChange={pick(name)}
            >
              <option value="">{t('practices.filters.all')}</option>
              {value !== undefined && !known && <option value={String(value)}>#{value}</option>}
              {options[name].map((option) => (
                <option key={option.id} value={String(option.id)}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {isFiltered(filter) && (
        <Button onClick={() => onChange({})}>{t('practices.filters.clear')}</Button>
      )}
    </div>
  );
}
