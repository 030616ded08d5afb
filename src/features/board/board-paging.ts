import { ACTION_STATUSES, type ActionSummary, type ActionStatus } from '../../domain/action';
import { assessDeadline, assessDeadlines, type DeadlineAssessment } from '../../domain/deadlines';

/**
 * How many cards a column mounts at first, and how many more each "Toon nog" adds: more than a
 * screenful. Each card costs about 0.7 ms to mount, and a theme may hold a thousand actions; in a
 * narrow Teams pane, where the columns stack, a short page also keeps the next column in reach.
 */
export const COLUMN_PAGE_SIZE = 10;

export type DeadlineOf = (action: ActionSummary) => DeadlineAssessment;

/** The board's deadlines, assessed once per render against one "today" rather than per card. */
export function assessBoard(actions: readonly ActionSummary[], now: Date): DeadlineOf {
  const assessments = assessDeadlines(actions, now);
  return (action) => assessments.get(action.id) ?? assessDeadline(action, now);
}

function byDeadline(actions: readonly ActionSummary[], deadlineOf: DeadlineOf): ActionSummary[] {
  return (
    actions
      .map((action) => ({ action, daysLeft: deadlineOf(action).daysLeft ?? Infinity }))
      // Two actions without a deadline give Infinity − Infinity, NaN: a tie.
      .sort((a, b) => a.daysLeft - b.daysLeft || 0)
      .map(({ action }) => action)
  );
}

/**
 * The actions per status column. A column that shows all its cards keeps the plan's order, as
 * people know it from the action plan. A longer one goes overdue and nearest deadline first, so
 * that its first page holds what needs attention; actions without a deadline (done, or not
 * planned) come last, and ties keep the plan's order.
 */
export function columnsOf(
  actions: readonly ActionSummary[],
  deadlineOf: DeadlineOf,
): Record<ActionStatus, ActionSummary[]> {
  const columns = ACTION_STATUSES.map((status) => {
    const column = actions.filter((action) => action.status === status);
    return [status, column.length > COLUMN_PAGE_SIZE ? byDeadline(column, deadlineOf) : column];
  });
  return Object.fromEntries(columns) as Record<ActionStatus, ActionSummary[]>;
}

export interface ColumnPage {
  /** Its first `limit` cards, and any the user moved, opened or created here during this visit. */
  mounted: ActionSummary[];
  /** What "Toon nog" adds: how many cards, the first of them, and the limit that mounts them. */
  more: { count: number; first: ActionSummary; limit: number } | undefined;
}

/**
 * The cards a column mounts. A card the user just moved, opened or created stays mounted even
 * beyond the page, so it never vanishes from under them; all keep the column's order.
 */
export function columnPage(
  actions: readonly ActionSummary[],
  limit: number,
  kept: ReadonlySet<number>,
): ColumnPage {
  const mounted: ActionSummary[] = [];
  const next: ActionSummary[] = [];
  actions.forEach((action, index) => {
    if (index < limit || kept.has(action.id)) mounted.push(action);
    else if (next.length < COLUMN_PAGE_SIZE) next.push(action);
  });
  const first = next[0];
  const last = next.at(-1);
  return {
    mounted,
    more:
      first && last ? { count: next.length, first, limit: actions.indexOf(last) + 1 } : undefined,
  };
}
