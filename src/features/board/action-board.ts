import type { ActionSummary } from '../../domain/action';
import type { Goal } from '../../domain/goal';
import type { Pilot } from '../../domain/pilot';
import type { Theme } from '../../domain/theme';

/**
 * What the action dialog chooses from: a theme's board, or, for the organisation-wide actions,
 * no theme and so no goals. A `ThemeBoard` is one.
 */
export interface ActionBoard {
  theme: Theme | undefined;
  goals: Goal[];
  pilots: Pilot[];
  actions: ActionSummary[];
}
