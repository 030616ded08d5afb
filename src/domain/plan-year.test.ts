import { describe, expect, it } from 'vitest';
import {
  defaultPlanYear,
  inPlanYears,
  planYearsOf,
  readPlanYearFilter,
  type PlanYearFilter,
} from './plan-year';

describe('defaultPlanYear', () => {
  it.each([
    ['Q4 2026', 2026],
    ['Q4 2025–Q1 2026', 2025],
    ['2027', 2027],
    ['eind 2025', 2025],
    ['Inkoopagenda 2025', 2025],
    ['N.t.b. in 2026', 2026],
    ['Start vanaf Q2 2027', 2027],
    ['Start Q1 2025, rapportage Q4 2025', 2025],
    ['Voorbereiden 2025, uitvoeren 2026', 2025],
    ['>2025 e.v.', 2025],
    ['Doorlopend', 2026],
    ['zo snel mogelijk', 2026],
    ['', 2026],
  ])('gives a new action timed “%s” the plan year %i (made on 1 December 2026)', (timing, year) => {
    expect(defaultPlanYear(timing, '2026-12-01')).toBe(year);
  });
});

describe('inPlanYears', () => {
  const cases: [string, PlanYearFilter, { planYear: number; status: string }, boolean][] = [
    ['this year’s open action', undefined, { planYear: 2026, status: 'in-progress' }, true],
    ['this year’s done action', undefined, { planYear: 2026, status: 'done' }, true],
    ['an earlier year’s open action', undefined, { planYear: 2025, status: 'blocked' }, true],
    ['an earlier year’s done action', undefined, { planYear: 2025, status: 'done' }, false],
    ['next year’s action', undefined, { planYear: 2027, status: 'not-started' }, false],
    ['an action of the chosen year', 2025, { planYear: 2025, status: 'done' }, true],
    ['an action of another year', 2025, { planYear: 2026, status: 'not-started' }, false],
    ['any action for every year', 'all', { planYear: 2031, status: 'done' }, true],
  ];
  const closure = { outcome: 'carried', reason: '', carriedToId: 9 };
  it('leaves out an earlier year’s open action once the yearly update closed it', () => {
    const carried = { planYear: 2025, status: 'in-progress', closure };
    expect(inPlanYears(carried, undefined, 2026)).toBe(false);
    expect(inPlanYears(carried, 2025, 2026)).toBe(true);
  });
  it.each(cases)('%s: with %s in 2026, shown is %s', (_, filter, action, shown) => {
    expect(inPlanYears(action, filter, 2026)).toBe(shown);
  });
});

describe('readPlanYearFilter', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['2025', 2025],
    ['all', 'all'],
    ['1999', undefined],
    ['2100', undefined],
    ['2025.5', undefined],
    ['dit jaar', undefined],
  ] as const)('reads %s as %s', (value, filter) => {
    expect(readPlanYearFilter(value)).toBe(filter);
  });
});

describe('planYearsOf', () => {
  it('offers each year an action belongs to, the current and a chosen one, once each, in order', () => {
    const actions = [{ planYear: 2027 }, { planYear: 2025 }, { planYear: 2025 }];
    expect(planYearsOf(actions, 2026)).toEqual([2025, 2026, 2027]);
    expect(planYearsOf([], 2026)).toEqual([2026]);
    expect(planYearsOf(actions, 2026, 2031)).toEqual([2025, 2026, 2027, 2031]);
  });
});
