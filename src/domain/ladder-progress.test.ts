import { describe, expect, it } from 'vitest';
import type { AmbitionAssessment, AmbitionLevel } from './ambition';
import {
  BASELINE_YEAR,
  confirmedByYear,
  nextRevision,
  openDraft,
  organisationLadderProgress,
  themeLadderProgress,
} from './ladder-progress';

let nextId = 1;
function assessment(
  year: number,
  level: number,
  state: AmbitionAssessment['state'] = 'confirmed',
  revision = 1,
  themeId = 1,
): AmbitionAssessment {
  return {
    id: nextId++,
    themeId,
    year,
    level: level as AmbitionLevel,
    status: 'on-track',
    explanation: 'x',
    evidence: [],
    act: '',
    state,
    revision,
    assessedBy: undefined,
    assessedAt: `${year}-12-01T10:00:00Z`,
    confirmedBy: undefined,
    confirmedAt: state === 'confirmed' ? `${year}-12-15T10:00:00Z` : undefined,
    version: '"1"',
  };
}

const theme = (baselineLevel: number, targetLevel = 4, id = 1) => ({
  id,
  baselineLevel: baselineLevel as AmbitionLevel,
  targetLevel: targetLevel as AmbitionLevel,
});

describe('a theme’s ladder progress toward step 4 by 2028', () => {
  it.each([
    // baseline, assessments, current year, → current, steps to 4, years left, pace so far, verdict
    {
      baseline: 2,
      items: [],
      year: 2025,
      current: 2,
      steps: 2,
      years: 4,
      pace: undefined,
      verdict: 'not-assessed',
    },
    {
      baseline: 2,
      items: [],
      year: 2026,
      current: 2,
      steps: 2,
      years: 3,
      pace: undefined,
      verdict: 'not-assessed',
    },
    {
      baseline: 4,
      items: [],
      year: 2025,
      current: 4,
      steps: 0,
      years: 4,
      pace: undefined,
      verdict: 'reached',
    },
    {
      baseline: 2,
      items: [assessment(2025, 3)],
      year: 2026,
      current: 3,
      steps: 1,
      years: 3,
      pace: 1,
      verdict: 'on-track',
    },
    {
      baseline: 1,
      items: [assessment(2025, 1)],
      year: 2026,
      current: 1,
      steps: 3,
      years: 3,
      pace: 0,
      verdict: 'behind',
    },
    {
      baseline: 1,
      items: [assessment(2025, 2), assessment(2026, 2)],
      year: 2026,
      current: 2,
      steps: 2,
      years: 2,
      pace: 0.5,
      verdict: 'behind',
    },
    {
      baseline: 2,
      items: [assessment(2025, 3), assessment(2026, 3)],
      year: 2026,
      current: 3,
      steps: 1,
      years: 2,
      pace: 0.5,
      verdict: 'on-track',
    },
    {
      baseline: 2,
      items: [assessment(2025, 4)],
      year: 2026,
      current: 4,
      steps: 0,
      years: 3,
      pace: 2,
      verdict: 'reached',
    },
    {
      baseline: 2,
      items: [assessment(2028, 3)],
      year: 2029,
      current: 3,
      steps: 1,
      years: 0,
      pace: 0.25,
      verdict: 'behind',
    },
    // A draft is not progress, and neither is a higher step in a draft correction.
    {
      baseline: 2,
      items: [assessment(2025, 4, 'draft')],
      year: 2025,
      current: 2,
      steps: 2,
      years: 4,
      pace: undefined,
      verdict: 'not-assessed',
    },
    // A confirmed correction counts, not the revision it corrects.
    {
      baseline: 2,
      items: [assessment(2025, 4, 'confirmed', 1), assessment(2025, 3, 'confirmed', 2)],
      year: 2026,
      current: 3,
      steps: 1,
      years: 3,
      pace: 1,
      verdict: 'on-track',
    },
    // Another theme's assessment does not count.
    {
      baseline: 2,
      items: [assessment(2025, 4, 'confirmed', 1, 2)],
      year: 2025,
      current: 2,
      steps: 2,
      years: 4,
      pace: undefined,
      verdict: 'not-assessed',
    },
  ])(
    'baseline $baseline in $year → step $current, $steps to go in $years years, $verdict',
    ({ baseline, items, year, current, steps, years, pace, verdict }) => {
      const progress = themeLadderProgress(theme(baseline), items, year);
      expect(progress.current.level).toBe(current);
      expect(progress.stepsToGoal).toBe(steps);
      expect(progress.yearsLeft).toBe(years);
      expect(progress.paceSoFar).toBe(pace);
      expect(progress.verdict).toBe(verdict);
    },
  );

  it.each([
    { steps: 2, years: 4, required: 0.5 },
    { steps: 0, years: 4, required: 0 },
    { steps: 1, years: 0, required: Infinity },
  ])(
    'needs $required steps a year for $steps steps in $years years',
    ({ steps, years, required }) => {
      const year = 2028 - years + 1;
      expect(themeLadderProgress(theme(4 - steps), [], year).requiredPace).toBe(required);
    },
  );

  it('draws the path from the nulmeting through each confirmed year', () => {
    const progress = themeLadderProgress(
      theme(1, 3),
      [assessment(2026, 3), assessment(2025, 2), assessment(2026, 4, 'draft', 2)],
      2026,
    );
    expect(progress.path).toEqual([
      { year: BASELINE_YEAR, level: 1, kind: 'baseline' },
      { year: 2025, level: 2, kind: 'confirmed' },
      { year: 2026, level: 3, kind: 'confirmed' },
    ]);
    expect(progress.stepsToTarget).toBe(0);
    expect(progress.stepsToGoal).toBe(1);
  });
});

describe('revisions', () => {
  it.each([
    { items: [], open: undefined, next: 1 },
    { items: [assessment(2025, 2, 'draft', 1)], open: 1, next: 2 },
    {
      items: [assessment(2025, 2, 'draft', 1), assessment(2025, 2, 'confirmed', 1)],
      open: undefined,
      next: 2,
    },
    {
      items: [
        assessment(2025, 2, 'draft', 1),
        assessment(2025, 2, 'confirmed', 1),
        assessment(2025, 3, 'draft', 2),
      ],
      open: 2,
      next: 3,
    },
  ])('finds open draft revision $open and next revision $next', ({ items, open, next }) => {
    expect(openDraft(items, 1, 2025)?.revision).toBe(open);
    expect(nextRevision(items, 1, 2025)).toBe(next);
  });

  it('keeps only the latest confirmed revision per year', () => {
    const byYear = confirmedByYear(
      [
        assessment(2026, 3),
        assessment(2025, 2, 'confirmed', 2),
        assessment(2025, 4, 'confirmed', 1),
      ],
      1,
    );
    expect([...byYear].map(([year, item]) => [year, item.level])).toEqual([
      [2025, 2],
      [2026, 3],
    ]);
  });
});

describe('the organisation’s progress', () => {
  it.each([
    { levels: [[4], [4]], pace: 'enough', reached: 2, behind: 0 },
    { levels: [[4], [2, 3]], pace: 'enough', reached: 1, behind: 0 },
    { levels: [[4], [1, 1]], pace: 'not-enough', reached: 1, behind: 1 },
    { levels: [[4], [2]], pace: 'unknown', reached: 1, behind: 0 },
    { levels: [[1, 1], [2]], pace: 'not-enough', reached: 0, behind: 1 },
  ])('$levels → pace $pace', ({ levels, pace, reached, behind }) => {
    const themes = levels.map(([baseline], index) => theme(baseline as number, 4, index + 1));
    const items = levels.flatMap(([, level], index) =>
      level === undefined ? [] : [assessment(2025, level, 'confirmed', 1, index + 1)],
    );
    const progress = organisationLadderProgress(themes, items, 2026);
    expect(progress.themeCount).toBe(levels.length);
    expect(progress.pace).toBe(pace);
    expect(progress.reachedCount).toBe(reached);
    expect(progress.behind).toHaveLength(behind);
  });
});
