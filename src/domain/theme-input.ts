import * as z from 'zod/mini';
import { ambitionLevelSchema } from './ambition';
import type { Theme } from './theme';

export const THEME_TEXT_MAX_LENGTH = 10_000;
export const GOAL_TITLE_MAX_LENGTH = 255;

/** A list the plan writes one item a line: typed as text, or given as lines; blank lines go. */
const lines = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((value) =>
    (typeof value === 'string' ? value.split('\n') : value)
      .map((line) => line.trim())
      .filter(Boolean),
  ),
);

const longText = z.string().check(z.maxLength(THEME_TEXT_MAX_LENGTH));

/** What a coordinator edits of a theme; its key and name are the plan's and stay. */
export const themeInputSchema = z
  .object({
    description: z.pipe(
      longText,
      z.transform((value) => value.trim()),
    ),
    focusAreas: lines,
    longTermGoals: lines,
    policies: lines,
    baselineLevel: ambitionLevelSchema,
    targetLevel: ambitionLevelSchema,
    ownerId: z.optional(z.int().check(z.positive())),
  })
  // No message of its own: a form words it (the target is below the baseline) in its language.
  .check(z.refine((input) => input.targetLevel >= input.baselineLevel, { path: ['targetLevel'] }));
export type ThemeInput = z.input<typeof themeInputSchema>;
export type ThemeCommand = z.output<typeof themeInputSchema>;

/** A theme's stored values as a command, so a conflict compares like with like. */
export function themeCommandOf(theme: Theme): ThemeCommand {
  return {
    description: theme.description,
    focusAreas: theme.focusAreas,
    longTermGoals: theme.longTermGoals,
    policies: theme.policies,
    baselineLevel: theme.baselineLevel,
    targetLevel: theme.targetLevel,
    ownerId: theme.owner?.id,
  };
}

export const goalTitleSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(GOAL_TITLE_MAX_LENGTH));

/** What happens to a removed goal's actions: under another goal, without a goal, or removed too. */
export type GoalRemoval =
  { actions: 'move-to'; goalId: number } | { actions: 'detach' } | { actions: 'delete' };
