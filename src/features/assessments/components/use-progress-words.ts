import { useTranslation } from 'react-i18next';
import type { ThemeLadderProgress } from '../../../domain/ladder-progress';
import { useLadderLabel } from '../../../ui/use-ladder-label';

/** A theme's gap to the 2028 goal, and whether its pace is enough, in a sentence each. */
export function useProgressWords(): (progress: ThemeLadderProgress) => {
  gap: string;
  pace: string;
} {
  const { t, i18n } = useTranslation();
  const labelOf = useLadderLabel();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 1,
  });
  return (progress) => {
    const goal = { label: labelOf(progress.goalLevel), level: progress.goalLevel };
    const gap =
      progress.stepsToGoal === 0
        ? t('assessments.gap.reached', goal)
        : t('assessments.gap.toGo', {
            ...goal,
            steps: t('assessments.gap.steps', { count: progress.stepsToGoal }),
            years: t('assessments.gap.years', { count: progress.yearsLeft }),
          });
    const ownTarget =
      progress.stepsToTarget > 0 && progress.target !== progress.goalLevel
        ? ` ${t('assessments.gap.ownTarget', {
            label: labelOf(progress.target),
            steps: t('assessments.gap.steps', { count: progress.stepsToTarget }),
          })}`
        : '';
    const verdict =
      progress.verdict === 'behind' && progress.yearsLeft === 0 ? 'late' : progress.verdict;
    const pace = t(`assessments.pace.${verdict}`, {
      pace: number.format(progress.paceSoFar ?? 0),
      required: number.format(progress.requiredPace),
      year: progress.goalYear,
    });
    return { gap: gap + ownTarget, pace };
  };
}
