import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DeadlineAssessment, DeadlineState } from '../domain/deadlines';
import { useFormatDate } from './format-date';

const COLORS: Record<DeadlineState, BadgeProps['color']> = {
  'on-track': 'success',
  approaching: 'warning',
  'due-this-quarter': 'informative',
  overdue: 'danger',
  done: 'subtle',
  'no-deadline': 'subtle',
};

/** The deadline state in colour and in words, so it never relies on colour alone. */
export function DeadlineBadge({ assessment }: { assessment: DeadlineAssessment }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { state, daysLeft = 0, deadline } = assessment;
  const words =
    state === 'approaching'
      ? daysLeft === 0
        ? t('deadline.today')
        : t('deadline.approaching', { count: daysLeft })
      : state === 'overdue'
        ? t('deadline.overdue', { count: -daysLeft })
        : t(`deadline.${state}`);
  const date = deadline
    ? t(assessment.reviewMoment ? 'deadline.review' : 'deadline.due', {
        date: formatDate(deadline),
      })
    : undefined;
  return (
    <Badge appearance={state === 'overdue' ? 'filled' : 'tint'} color={COLORS[state]} title={date}>
      {words}
    </Badge>
  );
}
