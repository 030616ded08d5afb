import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBITION_LEVELS, PLAN_YEARS, type AmbitionLevel } from '../../../domain/ambition';
import type { ThemeLadderProgress } from '../../../domain/ladder-progress';
import { useLadderLabel } from '../../../ui/use-ladder-label';

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 132;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 40;

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  svg: { width: '100%', maxWidth: `${WIDTH}px`, height: 'auto', overflow: 'visible' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axisText: { fill: tokens.colorNeutralForeground2, fontSize: '12px' },
  goal: { stroke: tokens.colorPaletteGreenForeground1, strokeWidth: 2, strokeDasharray: '6 4' },
  goalMark: { fill: tokens.colorPaletteGreenForeground1 },
  target: { stroke: tokens.colorNeutralForeground3, strokeWidth: 1.5, strokeDasharray: '2 4' },
  path: { stroke: tokens.colorBrandForeground1, strokeWidth: 3, fill: 'none' },
  projection: { stroke: tokens.colorBrandForeground1, strokeWidth: 1.5, strokeDasharray: '4 4' },
  point: { fill: tokens.colorBrandForeground1 },
  baseline: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2,
  },
});

/**
 * A theme's steps over the years as a line: the nulmeting, each confirmed year, and a dashed line
 * on to the 2028 goal. The same data stands in the table beside it, for screen readers and for
 * anyone who would rather read numbers.
 */
export function LadderChart({
  progress,
  themeName,
}: {
  progress: ThemeLadderProgress;
  themeName: string;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelOf = useLadderLabel();
  const titleId = useId();
  const captionId = useId();
  const years = [
    ...new Set([progress.path[0]?.year ?? 0, ...PLAN_YEARS, ...progress.path.map((p) => p.year)]),
  ].sort((a, b) => a - b);
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, years.length - 1);
  const x = (year: number) => LEFT + years.indexOf(year) * step;
  const y = (level: number) => TOP + ((5 - level) / 4) * (HEIGHT - TOP - BOTTOM);
  const yearLabel = (year: number, index: number) =>
    index === 0 ? t('assessments.chart.baseline') : String(year);
  const stepText = (level: AmbitionLevel) => `${level} ${labelOf(level)}`;
  const { current, goalYear, goalLevel } = progress;
  const points = progress.path.map((point) => `${x(point.year)},${y(point.level)}`).join(' ');

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${captionId}`}
      >
        <title id={titleId}>{t('assessments.chart.title', { theme: themeName })}</title>
        {AMBITION_LEVELS.map((level) => (
          <g key={level}>
            <line
              className={styles.grid}
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(level)}
              y2={y(level)}
            />
            <text className={styles.axisText} x={LEFT - 8} y={y(level) + 4} textAnchor="end">
              {stepText(level)}
            </text>
          </g>
        ))}
        {years.map((year, index) => (
          <text
            key={year}
            className={styles.axisText}
            x={x(year)}
            y={HEIGHT - BOTTOM + 20}
            textAnchor="middle"
          >
            {yearLabel(year, index)}
          </text>
        ))}
        {progress.target !== goalLevel && (
          <line
            className={styles.target}
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(progress.target)}
            y2={y(progress.target)}
          />
        )}
        <line
          className={styles.goal}
          x1={LEFT}
          x2={x(goalYear)}
          y1={y(goalLevel)}
          y2={y(goalLevel)}
        />
        {progress.stepsToGoal > 0 && current.year < goalYear && (
          <line
            className={styles.projection}
            x1={x(current.year)}
            y1={y(current.level)}
            x2={x(goalYear)}
            y2={y(goalLevel)}
          />
        )}
        <polyline className={styles.path} points={points} />
        {progress.path.map((point) => (
          <circle
            key={point.year}
            className={point.kind === 'baseline' ? styles.baseline : styles.point}
            cx={x(point.year)}
            cy={y(point.level)}
            r={6}
          />
        ))}
        <path
          className={styles.goalMark}
          d={`M ${x(goalYear)} ${y(goalLevel) - 8} l 8 8 l -8 8 l -8 -8 z`}
        />
      </svg>
      <Table size="small" aria-labelledby={captionId}>
        <caption id={captionId}>{t('assessments.chart.caption', { theme: themeName })}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('assessments.chart.moment')}</TableHeaderCell>
            <TableHeaderCell>{t('assessments.chart.step')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {progress.path.map((point) => (
            <TableRow key={point.year}>
              <TableCell>
                {point.kind === 'baseline'
                  ? t('assessments.chart.baseline')
                  : t('assessments.chart.confirmedYear', { year: point.year })}
              </TableCell>
              <TableCell>{stepText(point.level)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{t('assessments.chart.themeTarget')}</TableCell>
            <TableCell>{stepText(progress.target)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t('assessments.chart.goal', { year: goalYear })}</TableCell>
            <TableCell>{stepText(goalLevel)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </figure>
  );
}
