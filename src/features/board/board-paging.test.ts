import { describe, expect, it } from 'vitest';
import type { Action, ActionSummary } from '../../domain/action';
import { assessBoard, columnPage, columnsOf, COLUMN_PAGE_SIZE } from './board-paging';

const now = new Date('2025-05-15T10:00:00Z');

function action(id: number, change: Partial<Action> = {}): Action {
  return {
    id,
    themeId: 1,
    goalId: 10,
    title: `Actie ${id}`,
    description: '',
    timing: 'Q4 2026',
    dueDate: undefined,
    planYear: 2025,
    status: 'not-started',
    owner: undefined,
    pilotIds: [],
    progressNotes: [],
    version: '1',
    ...change,
  };
}

const ids = (actions: readonly ActionSummary[]) => actions.map((candidate) => candidate.id);

describe('columnsOf', () => {
  it('keeps the plan’s order in a column that shows all its cards', () => {
    const actions = [
      action(1, { timing: 'Q4 2026' }),
      action(2, { timing: 'Q1 2025' }),
      action(3, { timing: 'Q3 2025', status: 'in-progress' }),
    ];
    const columns = columnsOf(actions, assessBoard(actions, now));
    expect(ids(columns['not-started'])).toEqual([1, 2]);
    expect(ids(columns['in-progress'])).toEqual([3]);
    expect(columns.blocked).toEqual([]);
  });

  it('puts overdue and nearest deadlines first in a longer column, the rest in plan order', () => {
    const filler = Array.from({ length: COLUMN_PAGE_SIZE }, (_, index) => action(index + 10));
    const actions = [
      action(1, { timing: '' }),
      ...filler,
      action(2, { timing: 'Q2 2025' }),
      action(3, { timing: 'Q1 2025' }),
      action(4, { timing: 'Q1 2025', status: 'done' }),
    ];
    const column = columnsOf(actions, assessBoard(actions, now))['not-started'];
    expect(ids(column)).toEqual([3, 2, ...ids(filler), 1]);
  });
});

describe('columnPage', () => {
  const column = Array.from({ length: COLUMN_PAGE_SIZE * 2 + 5 }, (_, index) => action(index + 1));

  it('mounts the first page and offers the next one', () => {
    const { mounted, more } = columnPage(column, COLUMN_PAGE_SIZE, new Set());
    expect(ids(mounted)).toEqual(ids(column.slice(0, COLUMN_PAGE_SIZE)));
    expect(more).toEqual({
      count: COLUMN_PAGE_SIZE,
      first: column[COLUMN_PAGE_SIZE],
      limit: COLUMN_PAGE_SIZE * 2,
    });
  });

  it('offers what is left after the last full page, and nothing once all show', () => {
    expect(columnPage(column, COLUMN_PAGE_SIZE * 2, new Set()).more).toMatchObject({ count: 5 });
    const all = columnPage(column, column.length, new Set());
    expect(all.mounted).toHaveLength(column.length);
    expect(all.more).toBeUndefined();
  });

  it('keeps a card the user touched, in its place, and leaves it out of the next page', () => {
    const last = column.length;
    const { mounted, more } = columnPage(column, COLUMN_PAGE_SIZE, new Set([last]));
    expect(ids(mounted)).toEqual([...ids(column.slice(0, COLUMN_PAGE_SIZE)), last]);
    expect(more?.count).toBe(COLUMN_PAGE_SIZE);
    expect(ids(columnPage(column, more?.limit ?? 0, new Set([last])).mounted)).toHaveLength(
      COLUMN_PAGE_SIZE * 2 + 1,
    );
  });
});
