import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_ACT,
  SAMPLE_EXPLANATION,
  sampleYearReport,
} from '../../../../tests/support/year-report-sample';
import { createI18n } from '../../../i18n/i18n';
import { reportDocument } from '../report-document';
import { buildReportWorkbook, XLSX_TYPE } from './report-workbook';

const now = new Date('2026-01-20T10:00:00Z');

async function readBack(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

function columnA(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => texts.push(row.getCell(1).text));
  return texts;
}

function rowStarting(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).text === text) found = row;
  });
  if (!found) throw new Error(`no row starting with ${text}`);
  return found;
}

describe('buildReportWorkbook', () => {
  const nl = { t: createI18n('nl').t, language: 'nl' as const };

  it('writes one sheet per section, in the report’s order', async () => {
    const blob = await buildReportWorkbook(reportDocument(sampleYearReport(), nl), now);
    expect(blob.type).toBe(XLSX_TYPE);
    const workbook = await readBack(blob);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Samenvatting',
      'Inleiding',
      'Klimaat',
      'Circulair',
      'Organisatiebreed',
      'Conclusies',
      'Beperkingen',
    ]);
    expect(workbook.title).toBe('Voortgangsrapportage MVOI 2025');
  });

  it('holds the confirmed assessment on the theme’s sheet, its status coloured and named', async () => {
    const workbook = await readBack(
      await buildReportWorkbook(reportDocument(sampleYearReport(), nl), now),
    );
    const klimaat = workbook.getWorksheet('Klimaat');
    if (!klimaat) throw new Error('no Klimaat sheet');
    expect(columnA(klimaat)[0]).toBe('Thema Klimaat');
    expect(rowStarting(klimaat, 'Toelichting').getCell(2).text).toBe(SAMPLE_EXPLANATION);
    expect(columnA(klimaat)).toContain(SAMPLE_ACT);
    const status = rowStarting(klimaat, 'Status').getCell(2);
    expect(status.text).toBe('Aandacht nodig (oranje)');
    expect(status.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFF4B183' } });
    const header = rowStarting(klimaat, 'Actie');
    expect(header.font?.bold ?? header.getCell(1).font?.bold).toBe(true);
    expect(rowStarting(klimaat, 'MKI bij GWW').getCell(4).text).toBe('Niet gestart');
  });

  it('puts the stand per theme in the summary and the limitations on their own sheet', async () => {
    const workbook = await readBack(
      await buildReportWorkbook(reportDocument(sampleYearReport(), nl), now),
    );
    const summary = workbook.getWorksheet('Samenvatting');
    if (!summary) throw new Error('no summary sheet');
    const circulair = rowStarting(summary, 'Circulair');
    expect([2, 3, 4, 5, 6].map((column) => circulair.getCell(column).text)).toEqual([
      '2 Pilots',
      '2 Pilots',
      'onbekend',
      '4 Borging',
      'Niet te bepalen (grijs)',
    ]);
    const limits = columnA(workbook.getWorksheet('Beperkingen') ?? summary);
    expect(limits).toContain(
      '• Zonder vastgestelde beoordeling (status niet te bepalen): Circulair.',
    );
  });

  it('names the sheets in English for an English user', async () => {
    const en = { t: createI18n('en').t, language: 'en' as const };
    const workbook = await readBack(
      await buildReportWorkbook(reportDocument(sampleYearReport(), en), now),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Introduction',
      'Klimaat',
      'Circulair',
      'Organisation-wide',
      'Conclusions',
      'Limitations',
    ]);
  });
});
