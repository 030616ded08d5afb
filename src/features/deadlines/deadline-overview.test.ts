import { describe, expect, it } from 'vitest';
import type { Action } from '../../domain/action';
import type { Theme } from '../../domain/theme';
import type { PlanSnapshot } from '../../data/repositories';
import {
  countMatrix,
  deadlineRowsOf,
  filterRows,
  groupRows,
  myDeadlineRows,
  NO_GROUP,
  ORGANISATION,
  readDeadlineFilters,
  readGrouping,
  responsiblePeople,
  writeDeadlineFilters,
  writeGrouping,
  type DeadlineFilters,
  type Grouping,
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
    planYear: 2025,
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
    action(1, { timing: 'Q1 2027', goalId: 30, planYear: 2027 }),
    action(2, { timing: 'Q4 2025' }),
    action(3, { timing: 'Doorlopend', status: 'in-progress', themeId: 2 }),
    action(4, {
      timing: 'Q4 2025',
      dueDate: '2025-12-31',
      status: 'done',
      themeId: 2,
      owner: joris,
    }),
    action(5, { timing: 'zo snel mogelijk', themeId: undefined }),
    action(6, { timing: 'Q4 2026', status: 'blocked', owner: anouk, planYear: 2026 }),
  ],
  pilots: [],
  problems: [],
};

const today = '2026-12-01' as const;
const currentYear = 2026;
const none: DeadlineFilters = {
  theme: undefined,
  ownerId: undefined,
  status: undefined,
  section: undefined,
  year: 'all',
};

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
    const filters = {
      theme: 'klimaat',
      ownerId: 7,
      status: 'blocked',
      section: 'soon',
      year: 2025,
    } as const;
    const params = writeDeadlineFilters(filters, new URLSearchParams('view=deadlines'));
    expect(params.toString()).toBe(
      'view=deadlines&theme=klimaat&owner=7&status=blocked&section=soon&year=2025',
    );
    expect(readDeadlineFilters(params)).toEqual(filters);
  });

  it('ignore values that are no filter', () => {
    expect(
      readDeadlineFilters(new URLSearchParams('owner=-3&status=klaar&section=gisteren&year=25')),
    ).toEqual({ ...none, year: undefined });
  });

  it.each([
    ['', undefined],
    ['year=2025', 2025],
    ['year=all', 'all'],
    ['year=1999', undefined],
    ['year=2025.5', undefined],
    ['year=volgend', undefined],
  ] as const)('read the plan year from “%s” as %s', (search, year) => {
    expect(readDeadlineFilters(new URLSearchParams(search)).year).toBe(year);
  });

  it('narrow by theme, the organisation, owner and status', () => {
    const rows = deadlineRowsOf(plan, today);
    const ids = (filters: DeadlineFilters) =>
      filterRows(rows, filters, currentYear)
        .map((row) => row.action.id)
        .sort();
    expect(ids({ ...none, theme: 'circulair' })).toEqual([3, 4]);
    expect(ids({ ...none, theme: ORGANISATION })).toEqual([5]);
    expect(ids({ ...none, ownerId: anouk.id })).toEqual([3, 6]);
    expect(ids({ ...none, status: 'blocked' })).toEqual([6]);
  });
});

describe('the plan year filter', () => {
  const rows = deadlineRowsOf(plan, today);
  it.each([
    ['this year and what is still open from before, by default', undefined, [2, 3, 5, 6]],
    ['one year, done work included', 2025, [2, 3, 4, 5]],
    ['a later year', 2027, [1]],
    ['a year without actions', 2024, []],
    ['every year', 'all', [1, 2, 3, 4, 5, 6]],
  ] as const)('shows %s', (_, year, expected) => {
    const ids = filterRows(rows, { ...none, year }, currentYear).map((row) => row.action.id);
    expect(ids.sort()).toEqual(expected);
  });

  it('counts the matrix over the chosen year only', () => {
    const matrix = countMatrix(filterRows(rows, { ...none, year: 2027 }, currentYear));
    expect([...matrix.keys()]).toEqual(['klimaat']);
    expect(matrix.get('klimaat')).toMatchObject({ 'next-quarter': 1, overdue: 0 });
  });
});

describe('groupRows', () => {
  const rows = deadlineRowsOf(plan, today);
  const shape = (grouping: Grouping) =>
    groupRows(rows, grouping, plan.themes).map((group) => [
      group.key,
      group.name,
      group.rows.map((row) => row.action.id),
    ]);

  it.each([
    [
      'theme',
      'in the plan’s theme order, the organisation-wide actions last',
      [
        ['klimaat', 'Klimaat', [2, 6, 1]],
        ['circulair', 'Circulair', [3, 4]],
        [ORGANISATION, undefined, [5]],
      ],
    ],
    [
      'owner',
      'by the name of who answers for them (owner, else theme owner), no one last',
      [
        [String(anouk.id), anouk.name, [6, 3]],
        [String(joris.id), joris.name, [2, 1, 4]],
        [NO_GROUP, undefined, [5]],
      ],
    ],
    [
      'quarter',
      'by the quarter they are due in, done work in its planned quarter, none last',
      [
        ['2025-Q4', 'Q4 2025', [2, 4]],
        ['2026-Q4', 'Q4 2026', [6, 3]],
        ['2027-Q1', 'Q1 2027', [1]],
        [NO_GROUP, undefined, [5]],
      ],
    ],
  ] as const)('groups by %s: %s, each by section then soonest', (grouping, _, expected) => {
    expect(shape(grouping)).toEqual(expected);
  });

  it('counts each group per section', () => {
    const [klimaat] = groupRows(rows, 'theme', plan.themes);
    expect(klimaat?.counts).toEqual({
      overdue: 1,
      soon: 1,
      'this-quarter': 0,
      'next-quarter': 1,
      review: 0,
      later: 0,
      unscheduled: 0,
      done: 0,
    });
  });

  it('keeps the grouping in the URL beside the filters, and ignores what is no grouping', () => {
    const params = writeGrouping('owner', new URLSearchParams('theme=klimaat'));
    expect(params.toString()).toBe('theme=klimaat&group=owner');
    expect(readGrouping(params)).toBe('owner');
    expect(writeGrouping(undefined, params).toString()).toBe('theme=klimaat');
    expect(readGrouping(new URLSearchParams('group=thema'))).toBeUndefined();
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
