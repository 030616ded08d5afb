import ExcelJS from 'exceljs';
import type { DeadlineRow } from '../deadline-overview';
import {
  exportFieldsOf,
  type DeadlineExportContext,
  type DeadlineExportFields,
} from './deadline-export-fields';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS = [
  { field: 'action', width: 60 },
  { field: 'theme', width: 24 },
  { field: 'goal', width: 40 },
  { field: 'owner', width: 24 },
  { field: 'timing', width: 28 },
  { field: 'deadline', width: 14 },
  { field: 'moment', width: 16 },
  { field: 'status', width: 14 },
  { field: 'section', width: 18 },
  { field: 'daysLeft', width: 12 },
] as const satisfies readonly { field: keyof DeadlineExportFields; width: number }[];

/** A calendar day as Excel stores one: a whole serial number, which exceljs derives from UTC. */
function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function cellsOf(fields: DeadlineExportFields): ExcelJS.CellValue[] {
  return COLUMNS.map(({ field }): ExcelJS.CellValue => {
    switch (field) {
      case 'action':
        return { text: fields.action, hyperlink: fields.url };
      case 'deadline':
        return fields.deadline ? excelDate(fields.deadline) : null;
      case 'daysLeft':
        return fields.daysLeft ?? null;
      default:
        return fields[field];
    }
  });
}

/**
 * The deadline list as an Excel workbook: one row per action under a header row that filters and
 * stays in view, deadlines as dates (so Excel sorts them as dates), days left as numbers.
 */
export async function buildDeadlineWorkbook(
  rows: readonly DeadlineRow[],
  context: DeadlineExportContext,
): Promise<Blob> {
  const { t, now } = context;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.title');
  workbook.created = now;
  const sheet = workbook.addWorksheet(t('deadlineExport.sheetName'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map(({ field, width }) => ({
    header: t(`deadlineExport.columns.${field}`),
    key: field,
    width,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('deadline').numFmt = 'dd-mm-yyyy';
  for (const row of rows) sheet.addRow(cellsOf(exportFieldsOf(row, context)));
  // A hyperlink cell has no look of its own: Excel's link blue, underlined.
  sheet.getColumn('action').eachCell((cell, rowNumber) => {
    if (rowNumber > 1) cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: rows.length + 1, column: COLUMNS.length },
  };
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}
