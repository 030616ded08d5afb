import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DeadlineSection } from '../../../domain/deadline-sections';
import type { Theme } from '../../../domain/theme';
import { AppLink } from '../../../ui/app-link';
import { ORGANISATION, type SectionCounts } from '../deadline-overview';

// Plain table elements in the look of Fluent's small table, as the section tables have.
const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    ...typographyStyles.body1,
    width: '100%',
    borderCollapse: 'collapse',
    color: tokens.colorNeutralForeground1,
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    height: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  cell: { height: '34px', padding: `0 ${tokens.spacingHorizontalS}` },
  count: { textAlign: 'end' },
  zero: { color: tokens.colorNeutralForeground3 },
});

/** Themes × sections at a glance; each count links to the list filtered to it. */
export function DeadlineMatrix({
  themes,
  sections,
  matrix,
  linkTo,
}: {
  themes: Theme[];
  sections: readonly DeadlineSection[];
  matrix: Map<string, SectionCounts>;
  linkTo: (theme: string, section: DeadlineSection) => string;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const rows = [
    ...themes.map((theme) => ({ key: theme.key, name: theme.name })),
    { key: ORGANISATION, name: t('deadlines.organisation') },
  ].filter(({ key }) => matrix.has(key));
  const names = new Map(sections.map((section) => [section, t(`deadlines.sections.${section}`)]));
  const countCell = mergeClasses(styles.cell, styles.count);
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={t('deadlines.matrix')}>
        <thead>
          <tr className={styles.row}>
            <th scope="col" className={styles.header}>
              {t('deadlines.theme')}
            </th>
            {sections.map((section) => (
              <th key={section} scope="col" className={mergeClasses(styles.header, styles.count)}>
                {names.get(section)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name }) => (
            <tr key={key} className={styles.row}>
              <th scope="row" className={styles.header}>
                {name}
              </th>
              {sections.map((section) => {
                const count = matrix.get(key)?.[section] ?? 0;
                const label = t('deadlines.cell', {
                  count,
                  theme: name,
                  section: names.get(section),
                });
                return (
                  <td key={section} className={countCell}>
                    {count === 0 ? (
                      <span className={styles.zero} aria-label={label}>
                        0
                      </span>
                    ) : (
                      <AppLink to={linkTo(key, section)} aria-label={label}>
                        {count}
                      </AppLink>
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
