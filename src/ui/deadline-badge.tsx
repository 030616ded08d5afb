import { Badge, Caption1, type BadgeProps } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../domain/calendar-date';
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

export interface DeadlineWords {
  /** The state in words, e.g. "Nog 5 dagen". */
  words: string;
  /** The deadline itself, e.g. "Start uiterlijk 31 maart 2025", where there is one. */
  date: string | undefined;
}

export type DescribeDeadline = (assessment: DeadlineAssessment) => DeadlineWords;

/**
 * Puts assessments into words. Deadlines fall on quarter ends, so a board's cards share a handful
 * of phrasings: the describer puts each into words once.
 */
function describer(t: TFunction, formatDate: (date: CalendarDate) => string): DescribeDeadline {
  const described = new Map<string, DeadlineWords>();
  return ({ state, daysLeft = 0, deadline, moment }) => {
    const key = `${state} ${daysLeft} ${deadline} ${moment}`;
    let words = described.get(key);
    if (!words) {
      words = {
        words:
          state === 'approaching'
            ? daysLeft === 0
              ? t('deadline.today')
              : t('deadline.approaching', { count: daysLeft })
            : state === 'overdue'
              ? t('deadline.overdue', { count: -daysLeft })
              : t(`deadline.${state}`),
        date: deadline
          ? t(`deadline.moment.${moment ?? ('due' as const)}`, { date: formatDate(deadline) })
          : undefined,
      };
      described.set(key, words);
    }
    return words;
  };
}

/** One describer serves a whole list of badges. */
export function useDescribeDeadline(): DescribeDeadline {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return useMemo(() => describer(t, formatDate), [t, formatDate]);
}

/**
 * The deadline state in colour and in words, so it never relies on colour alone, and which deadline
 * it is ("Start uiterlijk 31 maart 2025"). Lists pass the words from their one
 * `useDescribeDeadline`: translation hooks in every card add up.
 */
export function DeadlineBadgeView({
  state,
  words: { words, date },
}: {
  state: DeadlineState;
  words: DeadlineWords;
}) {
  return (
    <>
      <Badge appearance={state === 'overdue' ? 'filled' : 'tint'} color={COLORS[state]}>
        {words}
      </Badge>
      {date && <Caption1>{date}</Caption1>}
    </>
  );
}

/** A single badge that finds its own words. */
export function DeadlineBadge({ assessment }: { assessment: DeadlineAssessment }) {
  return <DeadlineBadgeView state={assessment.state} words={useDescribeDeadline()(assessment)} />;
}
