import type { AmbitionLevel } from './ambition';
import type { Person } from './person';

/** The six themes of the plan, in the plan's order; the keys are stable identifiers. */
export const THEME_KEYS = [
  'klimaat',
  'circulair',
  'milieu-biodiversiteit',
  'ketenverantwoordelijkheid',
  'diversiteit-inclusie',
  'social-return',
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

export function isThemeKey(value: string): value is ThemeKey {
  return (THEME_KEYS as readonly string[]).includes(value);
}

export interface Theme {
  id: number;
  key: ThemeKey;
  name: string;
  description: string;
  focusAreas: string[];
  baselineLevel: AmbitionLevel;
  targetLevel: AmbitionLevel;
  /** A plan year's own target, set by the yearly update; a year without one has `targetLevel`. */
  yearTargets?: Partial<Record<number, AmbitionLevel>>;
  owner: Person | undefined;
  longTermGoals: string[];
  policies: string[];
  version: string;
}

/** The step the theme aims for in a plan year: that year's own target, else its target level. */
export function targetFor(theme: Pick<Theme, 'targetLevel' | 'yearTargets'>, year: number) {
  return theme.yearTargets?.[year] ?? theme.targetLevel;
}
