import { describe, expect, it } from 'vitest';
import type { Action } from '../../domain/action';
import type { Theme } from '../../domain/theme';
import type { PlanSnapshot } from '../../data/repositories';
import {
  countMatrix,
  deadlineRowsOf,
  filterRows,
  myDeadlineRows,
  ORGANISATION,
  readDeadlineFilters,
  responsiblePeople,
  writeDeadlineFilters,
} from './deadline-overview';

const joris = { id: 7, name: 'Joris Hermans', email: 'joris@example.org' };
const anouk = { id: 8, name: 'Anouk Smeets', email: 'anouk@example.org' };

function theme(id: number, key: Theme['key'], name: string, owner = joris): Theme {
  return {
    id,
    key,
    name,
    description: '',
    focusAreas: [],
    baselineLevel: 1,
    targetLevel: 3,
    owner,
    longTermGoals: [],
    policies: [],
    version: '1',
  } as Theme;
}

function action(id: number, change: Partial<Action>): Action {
  return {
    id,
    themeId: 1,
    goalId: undefined,
    title: `Actie ${id}`,
    description: '',
    timing: 'Q4 2026',
    dueDate: undefined,
    status: 'not-started',
    owner: undefined,
    pilotIds: [],
    progressNotes: [],
    version: '1',
    ...change,
  };
}

const plan: PlanSnapshot = {
  themes: [theme(1, 'klimaat', 'Klimaat'), theme(2, 'circulair', 'Circulair', anouk)],
  goals: [{ id: 30, themeId: 1, title: 'Meten is weten', version: '1' }],
  actions: [
    action(1, { timing: 'Q1 2027', goalId: 30 }),
    action(2, { timing: 'Q4 2025' }),
    action(3, { timing: 'Doorlopend', status: 'in-progress', themeId: 2 }),
    action(4, { timing: 'Q4 2025', status: 'done', themeId: 2, owner: joris }),
    action(5, { timing: 'zo snel mogelijk', themeId: undefined }),
    action(6, { timing: 'Q4 2026', status: 'blocked', owner: anouk }),
  ],
  pilots: [],
  problems: [],
};

const today = '2026-12-01' as const;

describe('deadlineRowsOf', () => {
  it('judges every action on the day, soonest first and those without a deadline last, with its theme, goal and who answers for it', () => {
    const rows = deadlineRowsOf(plan, today);
    expect(rows.map((row) => [row.action.id, row.section])).toEqual([
      [2, 'overdue'],
      [3, 'review'],
      [6, 'soon'],
      [1, 'next-quarter'],
      [4, 'done'],
      [5, 'unscheduled'],
    ]);
    const first = rows.find((row) => row.action.id === 1);
    expect(first?.theme?.name).toBe('Klimaat');
    expect(first?.goalTitle).toBe('Meten is weten');
    expect(first?.responsible).toEqual(joris);
    expect(rows.find((row) => row.action.id === 3)?.responsible).toEqual(anouk);
    expect(rows.find((row) => row.action.id === 5)?.theme).toBeUndefined();
  });
});

describe('the filters', () => {
  it('read back what they wrote, and keep the page’s other parameters', () => {
    const filters = { theme: 'klimaat', ownerId: 7, status: 'blocked', section: 'soon' } as const;
    const params = writeDeadlineFilters(filters, new URLSearchParams('view=deadlines'));
    expect(params.toString()).toBe(
      'view=deadlines&theme=klimaat&owner=7&status=blocked&section=soon',
    );
    expect(readDeadlineFilters(params)).toEqual(filters);
  });

  it('ignore values that are no filter', () => {
    expect(
      readDeadlineFilters(new URLSearchParams('owner=-3&status=klaar&section=gisteren')),
    ).toEqual({ theme: undefined, ownerId: undefined, status: undefined, section: undefined });
  });

  it('narrow by theme, the organisation, owner and status', () => {
    const rows = deadlineRowsOf(plan, today);
    const ids = (filters: Parameters<typeof filterRows>[1]) =>
      filterRows(rows, filters)
        .map((row) => row.action.id)
        .sort();
    const none = { theme: undefined, ownerId: undefined, status: undefined, section: undefined };
    expect(ids({ ...none, theme: 'circulair' })).toEqual([3, 4]);
    expect(ids({ ...none, theme: ORGANISATION })).toEqual([5]);
    expect(ids({ ...none, ownerId: anouk.id })).toEqual([3, 6]);
    expect(ids({ ...none, status: 'blocked' })).toEqual([6]);
  });
});

describe('countMatrix', () => {
  it('counts each theme’s actions per section', () => {
    const matrix = countMatrix(deadlineRowsOf(plan, today));
    expect(matrix.get('klimaat')).toMatchObject({
      overdue: 1,
      soon: 1,
      'next-quarter': 1,
      done: 0,
    });
    expect(matrix.get('circulair')).toMatchObject({ review: 1, done: 1, overdue: 0 });
    expect(matrix.get(ORGANISATION)).toMatchObject({ unscheduled: 1 });
    expect(matrix.has('social-return')).toBe(false);
  });
});

describe('responsiblePeople', () => {
  it('names everyone who answers for an action once, by name', () => {
    expect(responsiblePeople(deadlineRowsOf(plan, today))).toEqual([anouk, joris]);
  });
});

describe('myDeadlineRows', () => {
  it('gives a person their own late and coming actions, also those they answer for as theme owner', () => {
    const rows = deadlineRowsOf(plan, today);
    expect(myDeadlineRows(rows, joris.id).map((row) => row.action.id)).toEqual([2]);
    expect(myDeadlineRows(rows, anouk.id).map((row) => row.action.id)).toEqual([6]);
    expect(myDeadlineRows(rows, 99)).toEqual([]);
  });
});
