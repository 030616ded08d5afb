/** Why a data operation failed, in words the UI can explain; SharePoint details stay in `detail`. */
export type DataErrorKind =
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'throttled'
  | 'invalid'
  | 'unauthorized'
  | 'network'
  | 'unknown';

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly detail: string;
  /** For a conflict: the item as it is stored now, so the user can compare and choose. */
  readonly current: unknown;

  constructor(
    kind: DataErrorKind,
    detail: string,
    options?: { cause?: unknown; current?: unknown },
  ) {
    super(`${kind}: ${detail}`, options);
    this.name = 'DataError';
    this.kind = kind;
    this.detail = detail;
    this.current = options?.current;
  }
}

export function isDataError(error: unknown, kind?: DataErrorKind): error is DataError {
  return error instanceof DataError && (kind === undefined || error.kind === kind);
}

/** An item that is stored but does not fit the domain; reported to the caller, never dropped silently. */
export interface ItemProblem {
  list: string;
  itemId: number;
  message: string;
}
