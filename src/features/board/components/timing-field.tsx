import {
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Quarter } from '../../../domain/calendar-date';
import type { YearQuarter } from '../../../domain/timing';
import type { BoundField } from '../../../ui/form/form-field';
import { PICKED_TIMINGS, timingTextOf, type TimingDraft, type TimingMode } from '../action-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  picker: { minWidth: '120px' },
  result: { color: tokens.colorNeutralForeground2 },
});

const QUARTERS: Quarter[] = [1, 2, 3, 4];

export interface TimingFieldProps extends BoundField<TimingDraft> {
  /** Years to offer; the draft's own years are added. */
  years: number[];
}

/**
 * A quarter picker for the plan's own forms (a quarter, a span of quarters, "Doorlopend",
 * "N.t.b. in 2025", ">2025 e.v."), showing the Dutch text that will be stored.
 */
export function TimingField({ field, validation, years }: TimingFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const draft = field.value;
  const set = (change: Partial<TimingDraft>) => field.onChange({ ...draft, ...change });
  const yearChoices = [...new Set([...years, draft.from.year, draft.to.year, draft.year])].sort(
    (a, b) => a - b,
  );
  // A stored text the picker does not write stays on offer, so the user can go back to it.
  const modes: TimingMode[] =
    draft.keptText === undefined ? [...PICKED_TIMINGS] : ['kept', ...PICKED_TIMINGS];
  const result = timingTextOf(draft);

  const yearSelect = (label: string, value: number, onYear: (year: number) => void) => (
    <Field label={label} className={styles.picker}>
      <Select value={String(value)} onChange={(_, data) => onYear(Number(data.value))}>
        {yearChoices.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </Select>
    </Field>
  );
  const quarterSelect = (label: string, at: YearQuarter, onQuarter: (at: YearQuarter) => void) => (
    <Field label={label} className={styles.picker}>
      <Select
        value={String(at.quarter)}
        onChange={(_, data) => onQuarter({ ...at, quarter: Number(data.value) as Quarter })}
      >
        {QUARTERS.map((quarter) => (
          <option key={quarter} value={quarter}>
            Q{quarter}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className={styles.root}>
      <Field label={t('actionForm.timing')} {...validation}>
        <RadioGroup
          name={field.name}
          value={draft.mode}
          onChange={(_, data) => set({ mode: data.value as TimingMode })}
          onBlur={field.onBlur}
        >
          {modes.map((mode) => (
            <Radio
              key={mode}
              // A refused timing takes the keyboard to its chosen form, as arrow keys would.
              ref={mode === draft.mode ? field.ref : undefined}
              value={mode}
              label={
                mode === 'kept'
                  ? draft.keptText
                    ? t('actionForm.timingModes.kept', { text: draft.keptText })
                    : t('actionForm.timingModes.keptEmpty')
                  : t(`actionForm.timingModes.${mode}`)
              }
            />
          ))}
        </RadioGroup>
      </Field>
      {draft.mode === 'quarter' && (
        <div className={styles.pickers}>
          {yearSelect(t('actionForm.year'), draft.from.year, (year) =>
            set({ from: { ...draft.from, year } }),
          )}
          {quarterSelect(t('actionForm.quarter'), draft.from, (from) => set({ from }))}
        </div>
      )}
      {draft.mode === 'span' && (
        <div className={styles.pickers}>
          {yearSelect(t('actionForm.fromYear'), draft.from.year, (year) =>
            set({ from: { ...draft.from, year } }),
          )}
          {quarterSelect(t('actionForm.fromQuarter'), draft.from, (from) => set({ from }))}
          {yearSelect(t('actionForm.toYear'), draft.to.year, (year) =>
            set({ to: { ...draft.to, year } }),
          )}
          {quarterSelect(t('actionForm.toQuarter'), draft.to, (to) => set({ to }))}
        </div>
      )}
      {(draft.mode === 'to-be-decided' || draft.mode === 'yearly') && (
        <div className={styles.pickers}>
          {yearSelect(t('actionForm.year'), draft.year, (year) => set({ year }))}
        </div>
      )}
      {'text' in result && (
        <Caption1 className={styles.result} aria-live="polite">
          {result.text
            ? t('actionForm.timingResult', { text: result.text })
            : t('actionForm.timingResultEmpty')}
        </Caption1>
      )}
    </div>
  );
}
