import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { AppLink } from '../../../ui/app-link';
import { DeadlineBadgeView, type DescribeDeadline } from '../../../ui/deadline-badge';
import { SECTION_PAGE_SIZE, type DeadlineRow } from '../deadline-overview';

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

function describedOnce(describe: DescribeDeadline): DescribeDeadline {
  const known = new Map<string, ReturnType<DescribeDeadline>>();
  return (assessment) => {
    const key = `${assessment.state} ${assessment.deadline} ${assessment.daysLeft} ${assessment.moment}`;
    let described = known.get(key);
    if (!described) {
      described = describe(assessment);
      known.set(key, described);
    }
    return described;
  };
}

/**
 * One section's actions: action, theme, goal, owner, timing as written, deadline in words; a
 * group, which holds several sections, names each row's section too.
 */
export function DeadlineSectionTable({
  label,
  rows,
  describe,
  showSection = false,
}: {
  label: string;
  rows: readonly DeadlineRow[];
  describe: DescribeDeadline;
  showSection?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [shown, setShown] = useState(SECTION_PAGE_SIZE);
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  // A section's rows share a handful of deadlines: each is put into words once.
  const words = useMemo(() => describedOnce(describe), [describe]);
  const organisation = t('deadlines.organisation');
  const noOwner = t('deadlines.noOwner');
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
            {showSection && <TableHeaderCell>{t('deadlines.columns.section')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows
            .slice(0, shown)
            .map(({ action, theme, goalTitle, responsible, assessment, section }) => (
              <TableRow key={action.id}>
                <TableCell>
                  <AppLink to={`/actions/${action.id}`}>{action.title}</AppLink>
                </TableCell>
                <TableCell>{theme?.name ?? organisation}</TableCell>
                <TableCell>{goalTitle ?? '—'}</TableCell>
                <TableCell>{responsible?.name ?? noOwner}</TableCell>
                <TableCell>{formatTiming(parseTiming(action.timing), locale)}</TableCell>
                <TableCell>
                  <span className={styles.deadline}>
                    <DeadlineBadgeView state={assessment.state} words={words(assessment)} />
                  </span>
                </TableCell>
                {showSection && <TableCell>{t(`deadlines.sections.${section}`)}</TableCell>}
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
