import type { AmbitionLevel } from './ambition';
import type { PilotStatus } from './pilot';
import type { ThemeKey } from './theme';

/** The action plan as typed data, before it has storage ids: goals and actions nest in their theme. */
export interface SeedPlan {
  /** The plan year every seeded action belongs to. */
  year: number;
  themes: SeedTheme[];
  pilots: SeedPilot[];
  /** The concrete organisation-wide actions for 2025, which belong to no theme. */
  organisationActions: SeedAction[];
}

export interface SeedTheme {
  key: ThemeKey;
  name: string;
  description: string;
  focusAreas: string[];
  baselineLevel: AmbitionLevel;
  targetLevel: AmbitionLevel;
  longTermGoals: string[];
  policies: string[];
  goals: SeedGoal[];
}

export interface SeedGoal {
  title: string;
  actions: SeedAction[];
}

export interface SeedAction {
  title: string;
  description: string;
  /** Exactly as the plan writes it. */
  timing: string;
  /** Titles of the pilots (in `SeedPlan.pilots`) the action is linked to. */
  pilotTitles: string[];
}

export interface SeedPilot {
  title: string;
  themeKeys: ThemeKey[];
  year: number;
  status: PilotStatus;
  description: string;
}
