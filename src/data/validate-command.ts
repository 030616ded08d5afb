import type * as z from 'zod/mini';
import { DataError } from './errors';

/** Commands are validated once more at the data boundary, so nothing invalid is ever half-written. */
export function validateCommand<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new DataError('invalid', detail);
  }
  return parsed.data;
}
