import type { ActionOutcome, ActionStatus } from './action';

/** Who wrote a version: a site user, by name (the history is read, never edited). */
export interface HistoryActor {
  id: number;
  name: string;
}

/** An action as one version in SharePoint's version history stored it. */
export interface ActionVersion {
  /** The major version number, 1 for the first. */
  version: number;
  /** When the version was written, an ISO instant. */
  at: string;
  by: HistoryActor | undefined;
  timing: string;
  planYear: number | undefined;
  status: ActionStatus;
  /** The owner's name; undefined without one. */
  owner: string | undefined;
  outcome: ActionOutcome | undefined;
  reason: string;
}

interface Stamp {
  at: string;
  by: HistoryActor | undefined;
}

export type HistoryEntry = Stamp &
  (
    | { kind: 'created' }
    | { kind: 'timing'; from: string; to: string }
    | { kind: 'plan-year'; from: number | undefined; to: number | undefined }
    | { kind: 'status'; from: ActionStatus; to: ActionStatus }
    | { kind: 'owner'; from: string | undefined; to: string | undefined }
    | { kind: 'closed'; outcome: ActionOutcome; reason: string }
    /** On a carried-over action: the earlier year's action it continues, and its timing then. */
    | {
        kind: 'carried';
        from: string;
        fromYear: number | undefined;
        to: string;
        toYear: number | undefined;
      }
  );

/**
 * The index of the version that finished making the action. The app adds an action in two steps:
 * a bare item in its theme's folder (title and theme, no plan year), then its fields by the same
 * person; those two are one making, not a change.
 */
function creationEnd(versions: readonly ActionVersion[]): number {
  const [first, second] = versions;
  if (!first || !second) return 0;
  return first.planYear === undefined && second.by?.id === first.by?.id ? 1 : 0;
}

function changesBetween(before: ActionVersion, after: ActionVersion): HistoryEntry[] {
  const stamp: Stamp = { at: after.at, by: after.by };
  const entries: HistoryEntry[] = [];
  if (before.timing !== after.timing)
    entries.push({ ...stamp, kind: 'timing', from: before.timing, to: after.timing });
  if (before.planYear !== after.planYear)
    entries.push({ ...stamp, kind: 'plan-year', from: before.planYear, to: after.planYear });
  if (before.status !== after.status)
    entries.push({ ...stamp, kind: 'status', from: before.status, to: after.status });
  if (before.owner !== after.owner)
    entries.push({ ...stamp, kind: 'owner', from: before.owner, to: after.owner });
  if (after.outcome && before.outcome !== after.outcome)
    entries.push({ ...stamp, kind: 'closed', outcome: after.outcome, reason: after.reason });
  return entries;
}

/**
 * What happened to an action, oldest first, from its versions (in any order): its making, then
 * each change of timing, plan year, status or owner and its closing by the yearly update, with
 * who and when. Edits of other fields (title, description, notes) are not history entries.
 */
export function historyOf(versions: readonly ActionVersion[]): HistoryEntry[] {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const first = ordered[0];
  if (!first) return [];
  const made = creationEnd(ordered);
  const entries: HistoryEntry[] = [{ kind: 'created', at: first.at, by: first.by }];
  for (let index = made + 1; index < ordered.length; index++) {
    entries.push(
      ...changesBetween(ordered[index - 1] as ActionVersion, ordered[index] as ActionVersion),
    );
  }
  return entries;
}

/**
 * A carried-over action's history: the earlier year's action's own history, then the move into
 * the new year (“verplaatst van Q4 2025 naar Q2 2027”), then the new action's history after its
 * making. So the old timing is kept, and the old action itself stays as it was.
 */
export function carriedHistoryOf(
  earlier: readonly ActionVersion[],
  carried: readonly ActionVersion[],
): HistoryEntry[] {
  const before = [...earlier].sort((a, b) => a.version - b.version);
  const after = [...carried].sort((a, b) => a.version - b.version);
  const made = after[creationEnd(after)];
  const last = before.at(-1);
  const own = historyOf(after).filter((entry) => entry.kind !== 'created');
  if (!made || !last) return historyOf(after);
  const carriedEntry: HistoryEntry = {
    kind: 'carried',
    at: after[0]?.at ?? made.at,
    by: after[0]?.by,
    from: last.timing,
    fromYear: last.planYear,
    to: made.timing,
    toYear: made.planYear,
  };
  // The earlier action's closing is this same move: shown once, as the move.
  const past = historyOf(before).filter(
    (entry) => !(entry.kind === 'closed' && entry.outcome === 'carried'),
  );
  return [...past, carriedEntry, ...own];
}
