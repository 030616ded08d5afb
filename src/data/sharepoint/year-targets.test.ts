import { describe, expect, it } from 'vitest';
import { targetFor } from '../../domain/theme';
import { yearTargetsOf } from './year-targets';

describe('a theme’s targets per plan year', () => {
  it('reads the stored JSON, and falls back to the target level for other years', () => {
    const yearTargets = yearTargetsOf('{"2027": 4, "2028": 5}');
    expect(yearTargets).toEqual({ 2027: 4, 2028: 5 });
    expect(targetFor({ targetLevel: 3, yearTargets }, 2027)).toBe(4);
    expect(targetFor({ targetLevel: 3, yearTargets }, 2026)).toBe(3);
  });

  it('leaves out what does not read as a target, so the theme shows its target level', () => {
    expect(yearTargetsOf('not json')).toEqual({});
    expect(yearTargetsOf('{"2027": 9}')).toEqual({});
    expect(yearTargetsOf('{"1900": 4}')).toEqual({});
    expect(yearTargetsOf(null)).toEqual({});
  });
});
