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
  owner: Person | undefined;
  longTermGoals: string[];
  policies: string[];
  version: string;
}
