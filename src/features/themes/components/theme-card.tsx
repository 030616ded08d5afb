import {
  Badge,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Persona,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import { ACTION_STATUSES } from '../../../domain/action';
import type { Theme } from '../../../domain/theme';
import type { ThemeProgress } from '../../../domain/theme-progress';
import { AmbitionLadder } from '../../../ui/ambition-ladder';
import { useFormatDate } from '../../../ui/format-date';

const useStyles = makeStyles({
  card: { height: '100%' },
  title: {
    color: 'inherit',
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline' },
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

export interface ThemeCardProps {
  theme: Theme;
  goalCount: number;
  progress: ThemeProgress;
}

export function ThemeCard({ theme, goalCount, progress }: ThemeCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const formatDate = useFormatDate();
  const headingId = `theme-${theme.key}`;
  const actionCount = ACTION_STATUSES.reduce((sum, status) => sum + progress.byStatus[status], 0);
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            <AppLink className={styles.title} to={`/themes/${theme.key}`}>
              {theme.name}
            </AppLink>
          </Subtitle2>
        }
        description={
          <Caption1>
            {t('themes.goals', { count: goalCount })} ·{' '}
            {t('themes.actions', { count: actionCount })}
          </Caption1>
        }
      />
      <AmbitionLadder baseline={theme.baselineLevel} target={theme.targetLevel} />
      <Persona
        size="small"
        name={theme.owner?.name ?? t('themes.noOwner')}
        secondaryText={t('themes.owner')}
        avatar={theme.owner ? undefined : { color: 'neutral' }}
      />
      <ul className={styles.counts} aria-label={t('themes.statusCounts')}>
        {ACTION_STATUSES.map((status) => (
          <li key={status}>
            <Badge
              appearance="tint"
              color={
                status === 'blocked' ? 'danger' : status === 'done' ? 'success' : 'informative'
              }
            >
              {t(`status.${status}`)}: {progress.byStatus[status]}
            </Badge>
          </li>
        ))}
      </ul>
      <AppLink
        to={`/themes/${theme.key}/board`}
        aria-label={t('themes.openBoardOf', { name: theme.name })}
      >
        {t('themes.board')}
      </AppLink>
      <div className={styles.footer}>
        <Text size={200}>
          {progress.nextDeadline
            ? t('themes.nextDeadline', { date: formatDate(progress.nextDeadline) })
            : t('themes.noDeadline')}
        </Text>
        {progress.overdue > 0 ? (
          <Badge appearance="filled" color="danger">
            {t('themes.overdue', { count: progress.overdue })}
          </Badge>
        ) : (
          <Text size={200}>{t('themes.noneOverdue')}</Text>
        )}
      </div>
    </Card>
  );
}
