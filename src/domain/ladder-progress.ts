import {
  ORGANISATION_AMBITION,
  PLAN_YEARS,
  type AmbitionAssessment,
  type AmbitionLevel,
} from './ambition';

/** The plan's nulmeting was taken before its first year. */
export const BASELINE_YEAR = PLAN_YEARS[0] - 1;

export interface LadderPoint {
  /** The nulmeting's year is `BASELINE_YEAR`. */
  year: number;
  level: AmbitionLevel;
  kind: 'baseline' | 'confirmed';
}

/**
 * Where a theme stands against the organisation's goal (step 4 by the end of 2028):
 * `reached`; `on-track` when its pace so far is at least the pace still needed; `behind`
 * otherwise or when no year is left; `not-assessed` when no year has been confirmed yet.
 */
export type LadderVerdict = 'reached' | 'on-track' | 'behind' | 'not-assessed';

export interface ThemeLadderProgress {
  themeId: number;
  baseline: AmbitionLevel;
  target: AmbitionLevel;
  /** The nulmeting, then each year's confirmed step (its latest revision), oldest first. */
  path: LadderPoint[];
  current: LadderPoint;
  goalLevel: AmbitionLevel;
  goalYear: number;
  stepsToGoal: number;
  stepsToTarget: number;
  /** Yearly assessments still to come up to the goal year: this year counts until confirmed. */
  yearsLeft: number;
  /** Steps a year still needed for the goal; 0 when reached, Infinity when no year is left. */
  requiredPace: number;
  /** Steps a year since the nulmeting; undefined before the first confirmed year. */
  paceSoFar: number | undefined;
  verdict: LadderVerdict;
}

interface ThemeLevels {
  id: number;
  baselineLevel: AmbitionLevel;
  targetLevel: AmbitionLevel;
}

/**
 * Each year's assessment of one theme that counts: the confirmed one with the highest revision.
 * Drafts are not progress.
 */
export function confirmedByYear(
  assessments: readonly AmbitionAssessment[],
  themeId: number,
): Map<number, AmbitionAssessment> {
  const byYear = new Map<number, AmbitionAssessment>();
  for (const assessment of assessments) {
    if (assessment.themeId !== themeId || assessment.state !== 'confirmed') continue;
    const held = byYear.get(assessment.year);
    if (!held || held.revision < assessment.revision) byYear.set(assessment.year, assessment);
  }
  return new Map([...byYear].sort(([a], [b]) => a - b));
}

/**
 * The draft of a theme and year still waiting for confirmation: a draft newer than the year's
 * latest confirmed revision. A draft that was confirmed stays stored, but is no longer open.
 */
export function openDraft(
  assessments: readonly AmbitionAssessment[],
  themeId: number,
  year: number,
): AmbitionAssessment | undefined {
  const ofYear = assessments.filter((item) => item.themeId === themeId && item.year === year);
  const confirmed = Math.max(
    0,
    ...ofYear.filter((item) => item.state === 'confirmed').map((item) => item.revision),
  );
  return ofYear
    .filter((item) => item.state === 'draft' && item.revision > confirmed)
    .sort((a, b) => b.revision - a.revision)[0];
}

/** The revision a new draft of a theme and year gets: one more than any stored. */
export function nextRevision(
  assessments: readonly AmbitionAssessment[],
  themeId: number,
  year: number,
): number {
  return (
    Math.max(
      0,
      ...assessments
        .filter((item) => item.themeId === themeId && item.year === year)
        .map((item) => item.revision),
    ) + 1
  );
}

export function themeLadderProgress(
  theme: ThemeLevels,
  assessments: readonly AmbitionAssessment[],
  currentYear: number,
): ThemeLadderProgress {
  const { targetLevel: goalLevel, targetYear: goalYear } = ORGANISATION_AMBITION;
  const baseline: LadderPoint = {
    year: BASELINE_YEAR,
    level: theme.baselineLevel,
    kind: 'baseline',
  };
  const confirmed = [...confirmedByYear(assessments, theme.id).values()].map(
    (assessment): LadderPoint => ({
      year: assessment.year,
      level: assessment.level,
      kind: 'confirmed',
    }),
  );
  const path = [baseline, ...confirmed];
  const current = path[path.length - 1] ?? baseline;
  const stepsToGoal = Math.max(0, goalLevel - current.level);
  const stepsToTarget = Math.max(0, theme.targetLevel - current.level);
  const yearsLeft = Math.max(0, goalYear - Math.max(current.year, currentYear - 1));
  const requiredPace = stepsToGoal === 0 ? 0 : yearsLeft === 0 ? Infinity : stepsToGoal / yearsLeft;
  const paceSoFar =
    current.kind === 'baseline'
      ? undefined
      : (current.level - baseline.level) / (current.year - baseline.year);
  const verdict: LadderVerdict =
    stepsToGoal === 0
      ? 'reached'
      : yearsLeft === 0
        ? 'behind'
        : paceSoFar === undefined
          ? 'not-assessed'
          : paceSoFar >= requiredPace
            ? 'on-track'
            : 'behind';
  return {
    themeId: theme.id,
    baseline: theme.baselineLevel,
    target: theme.targetLevel,
    path,
    current,
    goalLevel,
    goalYear,
    stepsToGoal,
    stepsToTarget,
    yearsLeft,
    requiredPace,
    paceSoFar,
    verdict,
  };
}

/**
 * Whether the organisation keeps pace: `enough` when every theme has reached the goal or is on
 * track, `not-enough` when one is behind, `unknown` while a theme has no confirmed year.
 */
export type OrganisationPace = 'enough' | 'not-enough' | 'unknown';

export interface OrganisationLadderProgress {
  themeCount: number;
  /** Themes at the goal step or higher. */
  reachedCount: number;
  /** Themes behind, in the order given. */
  behind: ThemeLadderProgress[];
  /** Themes with no confirmed year yet. */
  notAssessed: ThemeLadderProgress[];
  pace: OrganisationPace;
  themes: ThemeLadderProgress[];
}

export function organisationLadderProgress(
  themes: readonly ThemeLevels[],
  assessments: readonly AmbitionAssessment[],
  currentYear: number,
): OrganisationLadderProgress {
  const progress = themes.map((theme) => themeLadderProgress(theme, assessments, currentYear));
  const behind = progress.filter((item) => item.verdict === 'behind');
  const notAssessed = progress.filter((item) => item.verdict === 'not-assessed');
  return {
    themeCount: progress.length,
    reachedCount: progress.filter((item) => item.verdict === 'reached').length,
    behind,
    notAssessed,
    pace: behind.length > 0 ? 'not-enough' : notAssessed.length > 0 ? 'unknown' : 'enough',
    themes: progress,
  };
}
