import { describe, expect, it } from 'vitest';
import {
  FilterSyntaxError,
  MAX_FILTER_DEPTH,
  MAX_FILTER_LENGTH,
  parseFilter,
} from './filter-parser';

const prop = (...path: string[]) => ({ kind: 'property', path });
const str = (value: string) => ({ kind: 'literal', literal: { type: 'string', value } });
const num = (value: number) => ({ kind: 'literal', literal: { type: 'number', value } });

describe('$filter parser', () => {
  it('parses the filter PnPjs writes for a fluent query', () => {
    expect(parseFilter("Status eq 'Open' and Priority gt 2")).toEqual({
      kind: 'and',
      operands: [
        { kind: 'compare', operator: 'eq', left: prop('Status'), right: str('Open') },
        { kind: 'compare', operator: 'gt', left: prop('Priority'), right: num(2) },
      ],
    });
  });

  it('binds and tighter than or, and respects parentheses and not', () => {
    expect(parseFilter('A eq 1 or B eq 2 and C eq 3')).toMatchObject({
      kind: 'or',
      operands: [{ kind: 'compare' }, { kind: 'and', operands: [{}, {}] }],
    });
    expect(parseFilter('(A eq 1 or B eq 2) and not (C eq 3)')).toMatchObject({
      kind: 'and',
      operands: [{ kind: 'or' }, { kind: 'not', operand: { kind: 'compare' } }],
    });
  });

  it('reads every literal form of the dialect', () => {
    const right = (filter: string) => (parseFilter(filter) as { right: unknown }).right;
    expect(right("Title eq 'O''Brien'")).toEqual(str("O'Brien"));
    expect(right('Done eq 1')).toEqual(num(1));
    expect(right('Done eq true')).toEqual({
      kind: 'literal',
      literal: { type: 'boolean', value: true },
    });
    expect(right('Owner eq null')).toEqual({ kind: 'literal', literal: { type: 'null' } });
    expect(right('Amount ge -12.5')).toEqual(num(-12.5));
    expect(right("Due le datetime'2025-03-31T00:00:00Z'")).toMatchObject({
      literal: { type: 'datetime', time: Date.UTC(2025, 2, 31) },
    });
    expect(right("Due le '2025-03-31T00:00:00.000Z'")).toEqual(str('2025-03-31T00:00:00.000Z'));
    expect(right("Id eq guid'0A8B7C6D-0000-4000-8000-000000000001'")).toMatchObject({
      literal: { type: 'guid', value: '0a8b7c6d-0000-4000-8000-000000000001' },
    });
  });

  it('reads lookup paths and the functions SharePoint supports', () => {
    expect(parseFilter("Theme/Title eq 'Klimaat'")).toMatchObject({ left: prop('Theme', 'Title') });
    expect(parseFilter("startswith(Title, 'Pro')")).toEqual({
      kind: 'predicate',
      call: { kind: 'function', name: 'startswith', args: [prop('Title'), str('Pro')] },
    });
    expect(parseFilter("substringof('x',Title)")).toMatchObject({ call: { name: 'substringof' } });
    expect(parseFilter('year(Due) eq 2025')).toMatchObject({
      left: { kind: 'function', name: 'year', args: [prop('Due')] },
    });
    expect(parseFilter("substringof('x', Title) eq true")).toMatchObject({ kind: 'compare' });
  });

  it.each([
    '',
    'Title',
    'Title eq',
    "Title eq 'open",
    'Title eq 1 and',
    '(Title eq 1',
    'Title eq 1)',
    "endswith(Title,'x')",
    'startswith(Title)',
    'Title eq @x',
    "Due eq datetime'yesterday'",
    "Due eq datetime'2025-02-30'",
    'Owner/ eq 1',
    'Title eq 1 Title eq 2',
    'not',
  ])('refuses %j', (filter) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
  });

  it('bounds nesting depth and length', () => {
    const deep = `${'('.repeat(MAX_FILTER_DEPTH + 1)}A eq 1${')'.repeat(MAX_FILTER_DEPTH + 1)}`;
    expect(() => parseFilter(deep)).toThrow(/nested too deeply/);
    expect(() => parseFilter(`${'not '.repeat(1000)}A eq 1`)).toThrow(/nested too deeply/);
    expect(() => parseFilter(`Title eq '${'x'.repeat(MAX_FILTER_LENGTH)}'`)).toThrow(/too long/);
    const wide = Array.from({ length: 1000 }, (_, i) => `Id eq ${i}`).join(' or ');
    expect(parseFilter(wide)).toMatchObject({ kind: 'or' });
  });
});
