import {
  Button,
  makeStyles,
  Persona,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { AppLink } from '../../../ui/app-link';
import { DeadlineBadgeView, type DescribeDeadline } from '../../../ui/deadline-badge';
import type { DeadlineRow } from '../deadline-overview';

// A section of a large plan can hold thousands of actions: show them a page at a time.
export const SECTION_PAGE_SIZE = 25;

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  deadline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  more: { marginTop: tokens.spacingVerticalS },
});

/** One section's actions: action, theme, goal, owner, timing as written, deadline in words. */
export function DeadlineSectionTable({
  label,
  rows,
  describe,
}: {
  label: string;
  rows: readonly DeadlineRow[];
  describe: DescribeDeadline;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [shown, setShown] = useState(SECTION_PAGE_SIZE);
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const rest = rows.length - shown;
  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('deadlines.columns.action')}</TableHeaderCell>
            <TableHeaderCell>{t('deadlines.columns.theme')}</TableHeaderCell>
            <TableHeaderCell>{t('deadlines.columns.goal')}</TableHeaderCell>
            <TableHeaderCell>{t('deadlines.columns.owner')}</TableHeaderCell>
            <TableHeaderCell>{t('deadlines.columns.timing')}</TableHeaderCell>
            <TableHeaderCell>{t('deadlines.columns.deadline')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, shown).map(({ action, theme, goalTitle, responsible, assessment }) => (
            <TableRow key={action.id}>
              <TableCell>
                <AppLink to={`/actions/${action.id}`}>{action.title}</AppLink>
              </TableCell>
              <TableCell>{theme?.name ?? t('deadlines.organisation')}</TableCell>
              <TableCell>{goalTitle ?? '—'}</TableCell>
              <TableCell>
                {responsible ? (
                  <Persona size="extra-small" name={responsible.name} />
                ) : (
                  t('deadlines.noOwner')
                )}
              </TableCell>
              <TableCell>{formatTiming(parseTiming(action.timing), locale)}</TableCell>
              <TableCell>
                <span className={styles.deadline}>
                  <DeadlineBadgeView state={assessment.state} words={describe(assessment)} />
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rest > 0 && (
        <Button
          className={styles.more}
          onClick={() => setShown((count) => count + SECTION_PAGE_SIZE)}
        >
          {t('deadlines.showMore', { count: Math.min(rest, SECTION_PAGE_SIZE), total: rest })}
        </Button>
      )}
    </div>
  );
}
