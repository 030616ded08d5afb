import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { formatPublicationQuarter, type Procurement } from '../../../domain/procurement';
import type { Theme } from '../../../domain/theme';
import type { AssessedProcurement } from '../procurement-view';
import { ToolLinks } from './tool-links';
import { useEuro } from './use-euro';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    ...typographyStyles.body1,
    width: '100%',
    borderCollapse: 'collapse',
    color: tokens.colorNeutralForeground1,
  },
  header: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'bottom',
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // A gap is marked by its badge's words; the stripe only helps the eye find it. No tinted
  // background: links and badges on it lose their contrast in the dark and high-contrast themes.
  gapRow: {
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorStatusWarningBorder2}`,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: 'top',
  },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  notes: { whiteSpace: 'pre-wrap', maxWidth: '320px', display: 'block' },
});

export interface ProcurementTableProps {
  rows: readonly AssessedProcurement[];
  themes: readonly Theme[];
  onEdit: ((procurement: Procurement) => void) | undefined;
}

/** The calendar as a table: each procurement with its flags and, highlighted, its gaps. */
export function ProcurementTable({ rows, themes, onEdit }: ProcurementTableProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const euro = useEuro();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const themeName = (id: number) => themes.find((theme) => theme.id === id)?.name ?? `#${id}`;
  const headers = [
    t('procurements.fields.title'),
    t('procurements.fields.department'),
    t('procurements.fields.value'),
    t('procurements.fields.publication'),
    t('procurements.fields.kind'),
    t('procurements.fields.themes'),
    t('procurements.fields.status'),
    t('procurements.flagsHeader'),
    t('procurements.fields.criteriaNotes'),
    t('procurements.toolsHeader'),
  ];
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.header}>{t('procurements.tableCaption')}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={styles.header}>
                {header}
              </th>
            ))}
            {onEdit && (
              <th scope="col" className={styles.header}>
                {t('procurements.actionsHeader')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ procurement, assessment }) => {
            const headingId = `procurement-${procurement.id}`;
            return (
              <tr
                key={procurement.id}
                className={mergeClasses(styles.row, assessment.gaps.length > 0 && styles.gapRow)}
              >
                <th scope="row" id={headingId} className={mergeClasses(styles.cell, styles.header)}>
                  {procurement.title}
                  {procurement.isPilot && (
                    <>
                      {' '}
                      <Badge appearance="tint" color="brand">
                        {t('procurements.pilotBadge')}
                      </Badge>
                    </>
                  )}
                </th>
                <td className={styles.cell}>{procurement.department}</td>
                <td className={mergeClasses(styles.cell, styles.number)}>
                  {procurement.estimatedValueEur === undefined
                    ? t('procurements.unknown')
                    : euro(procurement.estimatedValueEur)}
                </td>
                <td className={styles.cell}>
                  {procurement.publication
                    ? formatPublicationQuarter(procurement.publication, locale)
                    : t('procurements.unknown')}
                </td>
                <td className={styles.cell}>
                  {procurement.kind
                    ? t(`procurements.kinds.${procurement.kind}`)
                    : t('procurements.unknown')}
                </td>
                <td className={styles.cell}>{procurement.themeIds.map(themeName).join(', ')}</td>
                <td className={styles.cell}>{t(`procurements.statuses.${procurement.status}`)}</td>
                <td className={styles.cell}>
                  <ul className={styles.badges}>
                    {assessment.flags.map((flag) => (
                      <li key={flag.rule}>
                        <Badge appearance="outline" color="informative">
                          {t(`procurements.flags.${flag.rule}`)}
                        </Badge>
                      </li>
                    ))}
                    {assessment.gaps.map((gap) => (
                      <li key={gap}>
                        <Badge appearance="filled" color="warning">
                          {t(`procurements.gaps.${gap}`)}
                        </Badge>
                      </li>
                    ))}
                    {procurement.estimatedValueEur === undefined && (
                      <li>
                        <Caption1>{t('procurements.noValue')}</Caption1>
                      </li>
                    )}
                  </ul>
                </td>
                <td className={styles.cell}>
                  <Caption1 className={styles.notes}>{procurement.criteriaNotes}</Caption1>
                </td>
                <td className={styles.cell}>
                  <ToolLinks subject={procurement.title} />
                </td>
                {onEdit && (
                  <td className={styles.cell}>
                    <Button
                      icon={<EditRegular />}
                      aria-describedby={headingId}
                      onClick={() => onEdit(procurement)}
                    >
                      {t('procurements.edit')}
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
