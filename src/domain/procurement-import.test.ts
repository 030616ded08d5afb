import { describe, expect, it } from 'vitest';
import type { Procurement } from './procurement';
import {
  checkImportSheet,
  IMPORT_COLUMNS,
  planImport,
  type ImportCell,
  type ImportColumn,
  type RawImportSheet,
} from './procurement-import';

const THEMES = [
  { id: 1, key: 'klimaat' as const, name: 'Klimaat' },
  { id: 2, key: 'circulair' as const, name: 'Circulair' },
];

const sheet = (...rows: Partial<Record<ImportColumn, ImportCell>>[]): RawImportSheet => ({
  headers: [...IMPORT_COLUMNS],
  rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })),
});

const good = {
  Titel: 'Wagenpark',
  Afdeling: 'Beheer',
  'Geschatte waarde': '€ 250.000',
  'Publicatie (kwartaal)': 'Q2 2026',
  Soort: 'Leveringen',
  "Thema's": 'Klimaat; circulair',
  Status: 'In voorbereiding',
  Pilot: 'Ja',
};

describe('checking a calendar sheet', () => {
  it('reads a row as the template writes it', () => {
    const { rows, problems } = checkImportSheet(sheet(good), THEMES);
    expect(problems).toEqual([]);
    expect(rows[0]?.command).toEqual({
      key: 'rij:wagenpark|beheer|q2-2026',
      title: 'Wagenpark',
      department: 'Beheer',
      estimatedValueEur: 250_000,
      publication: { year: 2026, quarter: 2 },
      kind: 'supplies',
      themeIds: [1, 2],
      status: 'preparing',
      isPilot: true,
    });
  });

  it('lists every problem of every row with its row and column, and keeps no bad row', () => {
    const { rows, problems } = checkImportSheet(
      sheet(good, {
        Titel: '',
        'Geschatte waarde': 'veel',
        'Publicatie (kwartaal)': 'Q5 2026',
        Soort: 'Spullen',
        "Thema's": 'Klimaat; Ruimte',
        Status: 'Bezig',
        Pilot: 'misschien',
      }),
      THEMES,
    );
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      { rowNumber: 3, column: 'Titel', code: 'titleRequired' },
      { rowNumber: 3, column: 'Geschatte waarde', code: 'valueNotANumber', value: 'veel' },
      { rowNumber: 3, column: 'Publicatie (kwartaal)', code: 'quarterInvalid', value: 'Q5 2026' },
      { rowNumber: 3, column: 'Soort', code: 'kindUnknown', value: 'Spullen' },
      { rowNumber: 3, column: "Thema's", code: 'themeUnknown', value: 'Ruimte' },
      { rowNumber: 3, column: 'Status', code: 'statusUnknown', value: 'Bezig' },
      { rowNumber: 3, column: 'Pilot', code: 'pilotNotYesNo', value: 'misschien' },
    ]);
  });

  it('reads amounts as Dutch spreadsheets write them', () => {
    const value = (cell: ImportCell) =>
      checkImportSheet(sheet({ ...good, 'Geschatte waarde': cell }), THEMES).rows[0]?.command
        .estimatedValueEur;
    expect(value(50_000)).toBe(50_000);
    expect(value('50.000')).toBe(50_000);
    expect(value('1.250.000,50')).toBe(1_250_000.5);
    expect(value('49999,99')).toBe(49_999.99);
    expect(value('')).toBeUndefined();
    expect(checkImportSheet(sheet({ ...good, 'Geschatte waarde': -1 }), THEMES).problems).toEqual([
      { rowNumber: 2, column: 'Geschatte waarde', code: 'valueNegative', value: '-1' },
    ]);
  });

  it('refuses a sheet without the template’s columns, and a row twice', () => {
    expect(
      checkImportSheet({ headers: ['Titel', 'Waarde'], rows: [] }, THEMES).problems.map(
        (problem) => problem.column,
      ),
    ).toEqual([
      'Afdeling',
      'Geschatte waarde',
      'Publicatie (kwartaal)',
      'Soort',
      "Thema's",
      'Status',
      'Pilot',
    ]);
    expect(
      checkImportSheet(sheet(good, { ...good, Titel: ' wagenpark ' }), THEMES).problems,
    ).toEqual([{ rowNumber: 3, column: 'Titel', code: 'duplicateRow', otherRow: 2 }]);
  });
});

describe('planning an import', () => {
  it('calls each row new, changed or unchanged against what is stored under its key', () => {
    const { rows } = checkImportSheet(
      sheet(good, { ...good, Titel: 'Schoonmaak', Kenmerk: 'INK-1' }, { ...good, Titel: 'Nieuw' }),
      THEMES,
    );
    const stored = (key: string, change: Partial<Procurement> = {}): Procurement => {
      const row = rows.find((candidate) => candidate.command.key === key);
      if (!row) throw new Error(key);
      return {
        ...row.command,
        estimatedValueEur: row.command.estimatedValueEur,
        publication: row.command.publication,
        kind: row.command.kind,
        id: 1,
        pilotId: undefined,
        criteriaChosen: true,
        sroiAgreed: false,
        criteriaNotes: 'gekozen',
        version: '"1"',
        ...change,
      };
    };
    const planned = planImport(rows, [
      stored('rij:wagenpark|beheer|q2-2026', { themeIds: [2, 1] }),
      stored('kenmerk:ink-1', { estimatedValueEur: 1 }),
    ]);
    expect(planned.map((row) => row.effect)).toEqual(['unchanged', 'changed', 'new']);
  });
});
