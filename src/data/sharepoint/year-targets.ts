import * as z from 'zod/mini';
import { ambitionLevelSchema, type AmbitionLevel } from '../../domain/ambition';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from '../../domain/plan-year';

const yearTargetsJson = z.record(z.string().check(z.regex(/^\d{4}$/)), ambitionLevelSchema);

/**
 * A theme's YearTargets note (`{"2027": 4}`) as targets by year. Unreadable text, or a year or
 * level out of range, is left out: the theme then shows its TargetLevel, as before any update.
 */
export function yearTargetsOf(
  text: string | null | undefined,
): Partial<Record<number, AmbitionLevel>> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = yearTargetsJson.safeParse(value);
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data)
      .map(([year, level]) => [Number(year), level] as const)
      .filter(([year]) => year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR),
  );
}
