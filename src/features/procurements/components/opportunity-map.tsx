import {
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../domain/theme';
import {
  cellKey,
  opportunityMap,
  type AssessedProcurement,
  type ValueBand,
} from '../procurement-view';
import { useEuro } from './use-euro';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    ...typographyStyles.body1,
    borderCollapse: 'separate',
    borderSpacing: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground1,
    minWidth: '100%',
  },
  caption: {
    ...typographyStyles.subtitle2,
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalS,
  },
  header: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    verticalAlign: 'bottom',
    padding: tokens.spacingHorizontalS,
  },
  cell: {
    minWidth: '120px',
    padding: tokens.spacingHorizontalS,
    verticalAlign: 'top',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Shades of the brand colour by total value: Fluent's tokens follow dark and high contrast.
  level1: { backgroundColor: tokens.colorBrandBackground2 },
  level2: { backgroundColor: tokens.colorBrandBackground2Hover },
  level3: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  gaps: { color: 'inherit', display: 'block' },
});

export interface OpportunityMapProps {
  rows: readonly AssessedProcurement[];
  themes: readonly Theme[];
  bands: readonly ValueBand[];
}

/**
 * The kansenkaart: procurements by value band (rows, largest first) and theme (columns), so the
 * coordinator sees where MVOI makes the most impact. A table: it reads the same to a screen
 * reader as it looks, cell by cell with its row and column headers.
 */
export function OpportunityMap({ rows, themes, bands }: OpportunityMapProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const euro = useEuro();
  const cells = opportunityMap(rows, bands);
  const columns = [
    ...themes.map((theme) => ({ id: theme.id, name: theme.name })),
    { id: 0, name: t('procurements.map.noTheme') },
  ];
  const largest = Math.max(0, ...[...cells.values()].map((cell) => cell.totalEur));
  const level = (total: number) => {
    if (total <= 0 || largest <= 0) return undefined;
    const share = total / largest;
    return share > 2 / 3 ? styles.level3 : share > 1 / 3 ? styles.level2 : styles.level1;
  };
  const bandLabel = (band: ValueBand) => {
    if (band.id === 'unknown') return t('procurements.map.bands.unknown');
    if (band.to === undefined)
      return t('procurements.map.bands.from', { from: euro(band.from ?? 0) });
    return t('procurements.map.bands.between', { from: euro(band.from ?? 0), to: euro(band.to) });
  };

  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('procurements.map.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.header}>
              {t('procurements.map.value')}
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={styles.header}>
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.id}>
              <th scope="row" className={styles.header}>
                {bandLabel(band)}
                <Caption1 className={styles.gaps}>
                  {t(`procurements.map.bandRules.${band.id}`)}
                </Caption1>
              </th>
              {columns.map((column) => {
                const cell = cells.get(cellKey(band.id, column.id));
                return (
                  <td
                    key={column.id}
                    className={mergeClasses(styles.cell, cell && level(cell.totalEur))}
                    title={cell?.titles.join('\n')}
                  >
                    {cell ? (
                      <>
                        <span>{t('procurements.map.count', { count: cell.count })}</span>
                        {cell.totalEur > 0 && (
                          <span className={styles.gaps}>{euro(cell.totalEur)}</span>
                        )}
                        {cell.gaps > 0 && (
                          <span className={styles.gaps}>
                            {t('procurements.map.gaps', { count: cell.gaps })}
                          </span>
                        )}
                      </>
                    ) : (
                      <span>{t('procurements.map.none')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
