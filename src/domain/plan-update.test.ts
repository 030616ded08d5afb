import { describe, expect, it } from 'vitest';
import type { Action } from './action';
import {
  carryKeyOf,
  emptyDraft,
  planUpdateDraftSchema,
  planUpdateWrites,
  type PlanUpdateDraft,
} from './plan-update';

function action(id: number, changes: Partial<Action> = {}): Action {
  return {
    id,
    themeId: 1,
    goalId: 5,
    title: `Actie ${id}`,
    timing: 'Q4 2025',
    dueDate: '2025-12-31',
    planYear: 2025,
    status: 'in-progress',
    owner: { id: 7, name: 'Joris', email: 'joris@mvoi.local' },
    pilotIds: [2],
    version: `"${id}"`,
    description: `Omschrijving ${id}`,
    progressNotes: [],
    ...changes,
  };
}

function draft(changes: Partial<PlanUpdateDraft>): PlanUpdateDraft {
  return { ...emptyDraft(2027), ...changes };
}

describe('planUpdateWrites', () => {
  const actions = [
    action(1),
    action(2, { status: 'not-started' }),
    action(3, { status: 'blocked' }),
    action(4, { status: 'done' }),
    action(5, { planYear: 2027, timing: 'Q1 2027' }),
    action(6),
  ];

  it('carries, closes and stops the open earlier actions as chosen, and names the undecided', () => {
    const writes = planUpdateWrites(
      actions,
      draft({
        choices: {
          '1': { kind: 'carry', timing: 'Q2 2027' },
          '2': { kind: 'done' },
          '3': { kind: 'stop', reason: 'Geen budget' },
        },
        newActions: [
          { key: 'a1', themeId: 1, goalId: undefined, title: 'Nieuw', timing: 'Q3 2027' },
        ],
        targets: { '1': 4 },
      }),
    );
    expect(writes.creates).toEqual([
      {
        carryKey: '1->2027',
        fromId: 1,
        themeId: 1,
        goalId: 5,
        title: 'Actie 1',
        description: 'Omschrijving 1',
        timing: 'Q2 2027',
        ownerId: 7,
        pilotIds: [2],
        status: 'in-progress',
      },
      {
        carryKey: 'new:a1->2027',
        fromId: undefined,
        themeId: 1,
        goalId: undefined,
        title: 'Nieuw',
        description: '',
        timing: 'Q3 2027',
        ownerId: undefined,
        pilotIds: [],
        status: 'not-started',
      },
    ]);
    expect(writes.closes).toEqual([
      { id: 1, version: '"1"', kind: 'carried', carryKey: '1->2027' },
      { id: 2, version: '"2"', kind: 'done' },
      { id: 3, version: '"3"', kind: 'stopped', reason: 'Geen budget' },
    ]);
    expect(writes.targets).toEqual([{ themeId: 1, level: 4 }]);
    // Done work and the new year's own actions need no decision.
    expect(writes.undecided.map(({ id }) => id)).toEqual([6]);
  });

  it('writes only what is left after a partial apply: no second copy, no second close', () => {
    const carried = action(1, {
      closure: { outcome: 'carried', reason: '', carriedToId: 9 },
    });
    const copy = action(9, { planYear: 2027, timing: 'Q2 2027', carriedFromId: 1 });
    const halfway = action(6);
    const copyOfSix = action(10, { planYear: 2027, timing: 'Q1 2027', carriedFromId: 6 });
    const writes = planUpdateWrites(
      [carried, copy, halfway, copyOfSix],
      draft({
        choices: {
          '1': { kind: 'carry', timing: 'Q2 2027' },
          '6': { kind: 'carry', timing: 'Q1 2027' },
        },
      }),
    );
    expect(writes.creates).toEqual([]);
    expect(writes.closes).toEqual([
      { id: 6, version: '"6"', kind: 'carried', carryKey: carryKeyOf(6, 2027) },
    ]);
  });
});

describe('planUpdateDraftSchema', () => {
  it('refuses a stop without a reason and a carry without a timing', () => {
    const stored = { year: 2027, choices: { '1': { kind: 'stop', reason: '  ' } } };
    expect(planUpdateDraftSchema.safeParse(stored).success).toBe(false);
    const carry = { year: 2027, choices: { '1': { kind: 'carry', timing: '' } } };
    expect(planUpdateDraftSchema.safeParse(carry).success).toBe(false);
    expect(planUpdateDraftSchema.parse({ year: 2027 })).toEqual(emptyDraft(2027));
  });
});
