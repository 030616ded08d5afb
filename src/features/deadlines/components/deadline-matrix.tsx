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
import { useTranslation } from 'react-i18next';
import type { DeadlineSection } from '../../../domain/deadline-sections';
import type { Theme } from '../../../domain/theme';
import { AppLink } from '../../../ui/app-link';
import { ORGANISATION, type SectionCounts } from '../deadline-overview';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
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
  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={t('deadlines.matrix')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('deadlines.theme')}</TableHeaderCell>
            {sections.map((section) => (
              <TableHeaderCell key={section}>{names.get(section)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ key, name }) => (
            <TableRow key={key}>
              <TableCell>{name}</TableCell>
              {sections.map((section) => {
                const count = matrix.get(key)?.[section] ?? 0;
                const label = t('deadlines.cell', {
                  count,
                  theme: name,
                  section: names.get(section),
                });
                return (
                  <TableCell key={section} className={styles.count}>
                    {count === 0 ? (
                      <span className={styles.zero} aria-label={label}>
                        0
                      </span>
                    ) : (
                      <AppLink to={linkTo(key, section)} aria-label={label}>
                        {count}
                      </AppLink>
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
