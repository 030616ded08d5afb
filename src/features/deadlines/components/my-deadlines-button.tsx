import {
  Button,
  CounterBadge,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import { DeadlineBadgeView, useDescribeDeadline } from '../../../ui/deadline-badge';
import { useMyDeadlines } from '../api/use-my-deadlines';

// The popover is a glance; the page has them all.
const POPOVER_ROWS = 8;

const useStyles = makeStyles({
  button: { position: 'relative' },
  badge: { position: 'absolute', top: '-4px', right: '-4px' },
  surface: {
    maxWidth: '420px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The signed-in person's late and coming deadlines: a count on a button, the list in a popover. */
export function MyDeadlinesButton() {
  const { t } = useTranslation();
  const styles = useStyles();
  const describe = useDescribeDeadline();
  const { rows } = useMyDeadlines({ readPlan: false });
  if (!rows) return null;
  const label = t('myDeadlines.button', { count: rows.length });
  return (
    <Popover withArrow trapFocus positioning="below-end">
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<AlertRegular />}
          aria-label={label}
          className={styles.button}
        >
          {rows.length > 0 && (
            <CounterBadge
              count={rows.length}
              size="small"
              color="danger"
              className={styles.badge}
              aria-hidden
            />
          )}
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={t('myDeadlines.heading')} className={styles.surface}>
        <Text weight="semibold">{t('myDeadlines.heading')}</Text>
        {rows.length === 0 ? (
          <Text>{t('myDeadlines.none')}</Text>
        ) : (
          <ul className={styles.list}>
            {rows.slice(0, POPOVER_ROWS).map(({ action, theme, assessment }) => (
              <li key={action.id} className={styles.item}>
                <AppLink to={`/actions/${action.id}`}>{action.title}</AppLink>
                <span className={styles.line}>
                  <Text size={200}>{theme?.name ?? t('deadlines.organisation')}</Text>
                  <DeadlineBadgeView state={assessment.state} words={describe(assessment)} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <AppLink to="/my-deadlines">{t('myDeadlines.all', { count: rows.length })}</AppLink>
      </PopoverSurface>
    </Popover>
  );
}
