import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AMBITION_LEVELS, type AmbitionLevel } from '../domain/ambition';
import { useLadderLabel } from './use-ladder-label';
import { visuallyHidden } from './visually-hidden';

const useStyles = makeStyles({
  ladder: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalXXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  step: {
    flex: 1,
    minWidth: '28px',
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'flex',
    alignItems: 'flex-end',
    justifyContent: 'center',
    paddingBottom: tokens.spacingVerticalXXS,
  },
  reached: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  target: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteGreenBorderActive}`,
    outlineOffset: '1px',
  },
  hidden: visuallyHidden,
});

export interface AmbitionLadderProps {
  baseline: AmbitionLevel;
  target: AmbitionLevel;
}

/** The five steps as rising bars: filled up to the baseline, the target outlined; read out as a list. */
export function AmbitionLadder({ baseline, target }: AmbitionLadderProps) {
  const { t } = useTranslation();
  const labelOf = useLadderLabel();
  const styles = useStyles();
  return (
    <ol
      className={styles.ladder}
      aria-label={t('ladder.position', {
        baseline,
        baselineLabel: labelOf(baseline),
        target,
        targetLabel: labelOf(target),
      })}
    >
      {AMBITION_LEVELS.map((level) => (
        <li
          key={level}
          className={mergeClasses(
            styles.step,
            level <= baseline && styles.reached,
            level === target && styles.target,
          )}
          style={{ height: `${12 + level * 6}px` }}
          title={`${t('ladder.step', { level })}: ${labelOf(level)}`}
        >
          <Text size={100} aria-hidden>
            {level}
          </Text>
          <span className={styles.hidden}>
            {`${t('ladder.step', { level })} ${labelOf(level)}`}
            {level === baseline ? `, ${t('ladder.baseline')}` : ''}
            {level === target ? `, ${t('ladder.target')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
