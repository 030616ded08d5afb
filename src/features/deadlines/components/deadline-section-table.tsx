import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { AppLink } from '../../../ui/app-link';
import { DeadlineBadgeView, type DescribeDeadline } from '../../../ui/deadline-badge';
import { SECTION_PAGE_SIZE, type DeadlineRow } from '../deadline-overview';

// Plain table elements styled as Fluent's small table: its components put hooks, context and
// merged classes into every cell, which a page of sections of rows pays for on every open.
const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    ...typographyStyles.body1,
    width: '100%',
    borderCollapse: 'collapse',
    color: tokens.colorNeutralForeground1,
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  header: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    height: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { height: '34px', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
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
  const columns = [
    t('deadlines.columns.action'),
    t('deadlines.columns.theme'),
    t('deadlines.columns.goal'),
    t('deadlines.columns.owner'),
    t('deadlines.columns.timing'),
    t('deadlines.columns.deadline'),
    ...(showSection ? [t('deadlines.columns.section')] : []),
  ];
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={styles.header}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            .slice(0, shown)
            .map(({ action, theme, goalTitle, responsible, assessment, section }) => (
              <tr key={action.id} className={styles.row}>
                <td className={styles.cell}>
                  <AppLink to={`/actions/${action.id}`}>{action.title}</AppLink>
                </td>
                <td className={styles.cell}>
                  {theme?.name ?? <AppLink to="/organisation-actions">{organisation}</AppLink>}
                </td>
                <td className={styles.cell}>{goalTitle ?? '—'}</td>
                <td className={styles.cell}>{responsible?.name ?? noOwner}</td>
                <td className={styles.cell}>{formatTiming(parseTiming(action.timing), locale)}</td>
                <td className={styles.cell}>
                  <span className={styles.deadline}>
                    <DeadlineBadgeView state={assessment.state} words={words(assessment)} />
                  </span>
                </td>
                {showSection && (
                  <td className={styles.cell}>{t(`deadlines.sections.${section}`)}</td>
                )}
              </tr>
            ))}
        </tbody>
      </table>
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
