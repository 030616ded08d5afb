import { describe, expect, it } from 'vitest';
import { goalTitleSchema, themeInputSchema } from './theme-input';

const input = {
  description: '  Over het klimaat.  ',
  focusAreas: 'Energie\n\n  Mobiliteit  \n',
  longTermGoals: ['Klimaatneutraal in 2040', ' '],
  policies: '',
  baselineLevel: 2,
  targetLevel: 4,
};

describe('theme input', () => {
  it('takes lists as text one item a line, or as lines, and drops blank ones', () => {
    expect(themeInputSchema.parse(input)).toEqual({
      description: 'Over het klimaat.',
      focusAreas: ['Energie', 'Mobiliteit'],
      longTermGoals: ['Klimaatneutraal in 2040'],
      policies: [],
      baselineLevel: 2,
      targetLevel: 4,
    });
  });

  it('refuses an ambition below the baseline, at the ambition, and steps off the ladder', () => {
    const below = themeInputSchema.safeParse({ ...input, baselineLevel: 4, targetLevel: 3 });
    expect(below.error?.issues.map((issue) => issue.path)).toEqual([['targetLevel']]);
    expect(themeInputSchema.safeParse({ ...input, targetLevel: 6 }).success).toBe(false);
    expect(themeInputSchema.safeParse({ ...input, baselineLevel: 0 }).success).toBe(false);
    expect(themeInputSchema.safeParse({ ...input, ownerId: 0 }).success).toBe(false);
  });

  it('trims a goal’s name and refuses an empty or overlong one', () => {
    expect(goalTitleSchema.parse('  Meten is weten ')).toBe('Meten is weten');
    expect(goalTitleSchema.safeParse('   ').success).toBe(false);
    expect(goalTitleSchema.safeParse('x'.repeat(256)).success).toBe(false);
  });
});
