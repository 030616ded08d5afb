import { describe, expect, it } from 'vitest';
import type { Action } from '../../domain/action';
import {
  hasFilters,
  isDueIn,
  matchesFilters,
  NO_FILTERS,
  quarterChoices,
  readFilters,
  writeFilters,
} from './board-filters';

const now = new Date('2025-05-15T10:00:00Z');

function action(change: Partial<Action>): Action {
  return {
    id: 1,
    themeId: 1,
    goalId: 10,
    title: 'Actie',
    description: '',
    timing: 'Q2 2025',
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

describe('board filters in the URL', () => {
  it('reads and writes every filter', () => {
    const params = new URLSearchParams(
      'year=2025&mine=1&quarter=2025-Q2&goal=12&pilot=3&state=overdue',
    );
    const filters = readFilters(params);
    expect(filters).toEqual({
      year: 2025,
      mine: true,
      quarter: { year: 2025, quarter: 2 },
      goalId: 12,
      pilotId: 3,
      state: 'overdue',
    });
    expect(writeFilters(filters).toString()).toBe(params.toString());
  });

  it('ignores what does not read as a filter and keeps other parameters', () => {
    const filters = readFilters(new URLSearchParams('quarter=2025-Q5&goal=abc&state=late'));
    expect(filters).toEqual(NO_FILTERS);
    expect(hasFilters(filters)).toBe(false);
    expect(
      writeFilters({ ...NO_FILTERS, goalId: 4 }, new URLSearchParams('tab=x&goal=1')).toString(),
    ).toBe('tab=x&goal=4');
  });
});

describe('quarters', () => {
  it('places an action in the quarter it is due, ongoing work in every quarter and yearly work in each Q4', () => {
    expect(isDueIn(action({ timing: 'Q1–Q2 2025' }), { year: 2025, quarter: 2 })).toBe(true);
    expect(isDueIn(action({ timing: 'Q1–Q2 2025' }), { year: 2025, quarter: 1 })).toBe(false);
    expect(isDueIn(action({ timing: 'N.t.b. in 2025' }), { year: 2025, quarter: 4 })).toBe(true);
    expect(isDueIn(action({ timing: 'Doorlopend' }), { year: 2026, quarter: 3 })).toBe(true);
    expect(isDueIn(action({ timing: '>2025 e.v.' }), { year: 2027, quarter: 4 })).toBe(true);
    expect(isDueIn(action({ timing: '>2025 e.v.' }), { year: 2024, quarter: 4 })).toBe(false);
    expect(isDueIn(action({ timing: 'ooit' }), { year: 2025, quarter: 2 })).toBe(false);
  });

  it('offers the current quarter and the quarters actions are due in, in order', () => {
    const choices = quarterChoices(
      [
        action({ timing: 'Q4 2025' }),
        action({ timing: 'Start in Q1 2025' }),
        action({ timing: 'Doorlopend' }),
      ],
      now,
    );
    expect(choices).toEqual([
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 4 },
    ]);
  });
});

describe('matching', () => {
  const context = { currentUserId: 7, currentYear: 2025, stateOf: () => 'on-track' as const };

  it('narrows by owner, goal, pilot and deadline state', () => {
    const mine = action({ owner: { id: 7, name: 'Joris', email: 'j@x' }, pilotIds: [3] });
    expect(matchesFilters(mine, { ...NO_FILTERS, mine: true, pilotId: 3 }, context)).toBe(true);
    expect(matchesFilters(action({}), { ...NO_FILTERS, mine: true }, context)).toBe(false);
    expect(matchesFilters(mine, { ...NO_FILTERS, goalId: 11 }, context)).toBe(false);
    expect(matchesFilters(mine, { ...NO_FILTERS, state: 'overdue' }, context)).toBe(false);
    expect(matchesFilters(mine, { ...NO_FILTERS, state: 'on-track' }, context)).toBe(true);
  });

  it('shows this plan year and what is still open from earlier ones, unless a year is chosen', () => {
    const in2026 = { ...context, currentYear: 2026 };
    const doneEarlier = action({ planYear: 2025, status: 'done' });
    const carried = action({
      planYear: 2025,
      status: 'in-progress',
      closure: { outcome: 'carried', reason: '', carriedToId: 2 },
    });
    const openEarlier = action({ planYear: 2025, status: 'blocked' });
    expect(matchesFilters(doneEarlier, NO_FILTERS, in2026)).toBe(false);
    expect(matchesFilters(carried, NO_FILTERS, in2026)).toBe(false);
    expect(matchesFilters(openEarlier, NO_FILTERS, in2026)).toBe(true);
    expect(matchesFilters(carried, { ...NO_FILTERS, year: 2025 }, in2026)).toBe(true);
    expect(matchesFilters(openEarlier, { ...NO_FILTERS, year: 2026 }, in2026)).toBe(false);
  });
});
