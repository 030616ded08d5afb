import { describe, expect, it } from 'vitest';
import { SpError } from '../http/sp-error';
import type { PropertyResolver, ValueKind } from './filter-compiler';
import { compileFilter, leadingIndexedClause } from './filter-compiler';
import { parseFilter } from './filter-parser';

interface Row {
  Id: number;
  Title: string | null;
  Priority: number | null;
  Done: boolean;
  Due: number | null;
  PilotsId: number[];
}

const columns: Record<string, { kind: ValueKind; multi?: boolean; indexed?: boolean }> = {
  Id: { kind: 'number', indexed: true },
  Title: { kind: 'text' },
  Priority: { kind: 'number', indexed: true },
  Done: { kind: 'boolean' },
  Due: { kind: 'datetime' },
  PilotsId: { kind: 'number', multi: true },
};

const resolver: PropertyResolver<Row> = {
  resolve(path) {
    const [name] = path;
    const column = name === undefined ? undefined : columns[name];
    if (!column || path.length > 1) throw new SpError(400, 'x', `unknown ${path.join('/')}`);
    return {
      kind: column.kind,
      multi: column.multi ?? false,
      indexed: column.indexed ?? false,
      read: (row) => row[name as keyof Row],
    };
  },
};

const rows: Row[] = [
  {
    Id: 1,
    Title: 'Zonnepanelen',
    Priority: 3,
    Done: true,
    Due: Date.UTC(2025, 2, 31),
    PilotsId: [1, 2],
  },
  {
    Id: 2,
    Title: "O'Brien plan",
    Priority: 1,
    Done: false,
    Due: Date.UTC(2025, 5, 30),
    PilotsId: [],
  },
  { Id: 3, Title: null, Priority: null, Done: false, Due: null, PilotsId: [2] },
];

const ids = (filter: string) =>
  rows.filter(compileFilter(parseFilter(filter), resolver)).map((r) => r.Id);

describe('$filter evaluation', () => {
  it('compares text case-insensitively and numbers numerically', () => {
    expect(ids("Title eq 'zonnepanelen'")).toEqual([1]);
    expect(ids("Title eq 'O''Brien plan'")).toEqual([2]);
    expect(ids('Priority gt 1')).toEqual([1]);
    expect(ids('Priority le 3 and Priority ge 1')).toEqual([1, 2]);
    expect(ids("'Zonnepanelen' eq Title")).toEqual([1]);
    expect(ids('3 gt Priority')).toEqual([2]);
  });

  it('treats null as empty and never matches it in ordering comparisons', () => {
    expect(ids('Title eq null')).toEqual([3]);
    expect(ids('Priority ne null')).toEqual([1, 2]);
    expect(ids('Priority lt 10')).toEqual([1, 2]);
    expect(ids('Priority ne 3')).toEqual([2, 3]);
  });

  it('accepts booleans as 1/0 and true/false', () => {
    expect(ids('Done eq 1')).toEqual([1]);
    expect(ids('Done eq false')).toEqual([2, 3]);
  });

  it('compares dates given as datetime literals or plain ISO strings', () => {
    expect(ids("Due le datetime'2025-03-31T00:00:00Z'")).toEqual([1]);
    expect(ids("Due gt '2025-03-31T00:00:00.000Z'")).toEqual([2]);
    expect(ids('year(Due) eq 2025 and month(Due) eq 6')).toEqual([2]);
  });

  it('reads eq on a multi-value column as contains', () => {
    expect(ids('PilotsId eq 2')).toEqual([1, 3]);
    expect(ids('PilotsId ne 2')).toEqual([2]);
    expect(ids('PilotsId eq null')).toEqual([2]);
  });

  it('supports startswith, substringof, not and or', () => {
    expect(ids("startswith(Title,'zon')")).toEqual([1]);
    expect(ids("substringof('BRIEN',Title)")).toEqual([2]);
    expect(ids("not substringof('brien', Title)")).toEqual([1, 3]);
    expect(ids('Id eq 1 or Id eq 3')).toEqual([1, 3]);
  });

  it.each([
    "Priority eq 'high'",
    "Due eq 'tomorrow'",
    'Done eq 2',
    'Title eq Priority',
    '1 eq 1',
    'PilotsId gt 1',
    'Priority lt null',
    "startswith(Priority,'1')",
    'year(Title) eq 2025',
    "Unknown eq 'x'",
  ])('refuses %j with a 400', (filter) => {
    expect(() => compileFilter(parseFilter(filter), resolver)).toThrow(SpError);
  });

  it('finds the clause an index can answer', () => {
    const leading = (filter: string) => leadingIndexedClause(parseFilter(filter), resolver);
    expect(leading("Priority eq 1 and Title eq 'x'")).toMatchObject({ kind: 'compare' });
    expect(leading("Title eq 'x' and Priority eq 1")).toBeUndefined();
    expect(leading('Id eq 1 or Priority eq 2')).toMatchObject({ kind: 'or' });
    expect(leading("Id eq 1 or Title eq 'x'")).toBeUndefined();
  });
});
