/**
 * One SQLite transaction plus the in-memory changes that follow it. Tables run their SQL at once
 * and register the memory change with `onCommit`, so a failed write leaves memory untouched too.
 */
export interface WriteUnit {
  onCommit(effect: () => void): void;
}
