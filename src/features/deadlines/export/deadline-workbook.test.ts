import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ActionSummary } from '../../../domain/action';
import type { Theme } from '../../../domain/theme';
import type { PlanSnapshot } from '../../../data/repositories';
import { createI18n } from '../../../i18n/i18n';
import { deadlineRowsOf } from '../deadline-overview';
import { buildDeadlineWorkbook, XLSX_TYPE } from './deadline-workbook';

const joris = { id: 7, name: 'Joris Hermans', email: 'joris@example.org' };
const klimaat = { id: 1, key: 'klimaat', name: 'Klimaat', owner: joris } as Theme;

function action(id: number, change: Partial<ActionSummary>): ActionSummary {
  return {
    id,
    themeId: 1,
    goalId: undefined,
    title: `Actie ${id}`,
    timing: 'Q4 2025',
    dueDate: undefined,
    planYear: 2025,
    status: 'not-started',
    owner: undefined,
    pilotIds: [],
    version: '1',
    ...change,
  };
}

const plan: PlanSnapshot = {
  themes: [klimaat],
  goals: [{ id: 30, themeId: 1, title: 'Meten is weten', version: '1' }],
  actions: [
    action(1, { title: 'Inkoop Energie', timing: 'Start in Q1 2025', goalId: 30 }),
    action(2, { title: 'Monitoring', timing: 'Doorlopend', themeId: undefined }),
    action(3, { title: 'Afgerond', status: 'done' }),
  ],
  pilots: [],
  problems: [],
};

const rows = deadlineRowsOf(plan, '2025-05-15');
const context = {
  t: createI18n('nl').t,
  now: new Date('2025-05-15T10:00:00Z'),
  actionUrl: (id: number) => `https://app.example.org/actions/${id}`,
};

async function readBack(blob: Blob): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

function byTitle(sheet: ExcelJS.Worksheet, title: string): ExcelJS.Row {
  const row = sheet.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).text === title);
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

describe('buildDeadlineWorkbook', () => {
  it('writes one row per action under Dutch headers', async () => {
    const blob = await buildDeadlineWorkbook(rows, context);
    expect(blob.type).toBe(XLSX_TYPE);
    const sheet = await readBack(blob);

    expect(sheet.name).toBe('Deadlines');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Actie',
      'Thema',
      'Doel',
      'Eigenaar',
      'Planning',
      'Deadline',
      'Soort deadline',
      'Status',
      'Categorie',
      'Dagen tot deadline',
    ]);
    expect(sheet.rowCount).toBe(rows.length + 1);

    const energy = byTitle(sheet, 'Inkoop Energie');
    expect(energy.getCell(1).value).toEqual({
      text: 'Inkoop Energie',
      hyperlink: 'https://app.example.org/actions/1',
    });
    expect([2, 3, 4, 5, 7, 8, 9, 10].map((column) => energy.getCell(column).value)).toEqual([
      'Klimaat',
      'Meten is weten',
      'Joris Hermans',
      'Start in Q1 2025',
      'Start',
      'Niet gestart',
      'Te laat',
      -45,
    ]);

    const organisationWide = byTitle(sheet, 'Monitoring');
    expect(organisationWide.getCell(2).value).toBe('Organisatiebreed');
    expect(organisationWide.getCell(4).value).toBe('Geen eigenaar');
    expect(organisationWide.getCell(7).value).toBe('Kwartaalcheck');

    const done = byTitle(sheet, 'Afgerond');
    expect(done.getCell(6).value).toBeNull();
    expect(done.getCell(8).value).toBe('Gereed');
  });

  it('writes deadlines as date cells on their calendar day, which Excel sorts as dates', async () => {
    const sheet = await readBack(await buildDeadlineWorkbook(rows, context));
    const deadline = byTitle(sheet, 'Inkoop Energie').getCell(6);
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect(deadline.value).toEqual(new Date('2025-03-31T00:00:00Z'));
    expect(deadline.numFmt).toBe('dd-mm-yyyy');
    expect(byTitle(sheet, 'Monitoring').getCell(6).value).toEqual(new Date('2025-06-30T00:00:00Z'));
  });

  it('filters from the header row and keeps it in view', async () => {
    const sheet = await readBack(await buildDeadlineWorkbook(rows, context));
    expect(sheet.autoFilter).toBe('A1:J4');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('writes the header alone for an empty list, and English headers for an English user', async () => {
    const sheet = await readBack(
      await buildDeadlineWorkbook([], { ...context, t: createI18n('en').t }),
    );
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Action');
    expect(sheet.getRow(1).getCell(7).value).toBe('Kind of deadline');
  });
});
