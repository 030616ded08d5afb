import type { ConflictSide } from './conflict-resolver';

export type ConflictChoices<K extends PropertyKey> = Record<K, ConflictSide>;

function comparable(value: unknown): string {
  // Lists of ids (linked pilots, themes) are sets; their order means nothing.
  const normalised =
    Array.isArray(value) && value.every((item) => typeof item === 'number')
      ? [...value].sort((a, b) => a - b)
      : value;
  return JSON.stringify(normalised ?? null);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

/** The fields on which the stored version and the user's version differ. */
export function differingFields<T, K extends keyof T>(
  fields: readonly K[],
  theirs: T,
  yours: T,
): K[] {
  return fields.filter((field) => !sameValue(theirs[field], yours[field]));
}

/** Keep what the user changed and take the rest as stored: what most people would choose. */
export function defaultChoices<T, K extends keyof T>(
  fields: readonly K[],
  original: T,
  yours: T,
): ConflictChoices<K> {
  return Object.fromEntries(
    fields.map((field) => [field, sameValue(original[field], yours[field]) ? 'theirs' : 'yours']),
  ) as ConflictChoices<K>;
}

export function mergeChosen<T extends object, K extends keyof T>(
  fields: readonly K[],
  theirs: T,
  yours: T,
  choices: ConflictChoices<K>,
): T {
  const merged = { ...yours };
  for (const field of fields) {
    if (choices[field] === 'theirs') merged[field] = theirs[field];
  }
  return merged;
}
