import ExcelJS from 'exceljs';
import {
  columnOfHeader,
  IMPORT_COLUMNS,
  type ImportCell,
  type ImportColumn,
  type RawImportSheet,
} from '../../../domain/procurement-import';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell's value as the import reads it: formulas by their result, rich text and links by text. */
function cellValue(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return undefined;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result instanceof Date || typeof result !== 'object' ? result : undefined;
  }
  if ('text' in value) return String(value.text);
  return undefined;
}

const isBlank = (cell: ImportCell) => cell === undefined || cell === null || cell === '';

export class UnreadableWorkbookError extends Error {
  constructor(cause: unknown) {
    super('The file is not an Excel workbook (.xlsx)', { cause });
    this.name = 'UnreadableWorkbookError';
  }
}

/** The first sheet of an `.xlsx` as header texts and rows of cells; blank rows are skipped. */
export async function readProcurementSheet(data: ArrayBuffer): Promise<RawImportSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    throw new UnreadableWorkbookError(error);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  const columns = new Map<number, ImportColumn>();
  sheet.getRow(1).eachCell((cell, column) => {
    const text = String(cellValue(cell.value) ?? '').trim();
    headers.push(text);
    const known = columnOfHeader(text);
    if (known && ![...columns.values()].includes(known)) columns.set(column, known);
  });
  const rows: RawImportSheet['rows'] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Partial<Record<ImportColumn, ImportCell>> = {};
    for (const [column, name] of columns) cells[name] = cellValue(row.getCell(column).value);
    if (Object.values(cells).some((cell) => !isBlank(cell))) rows.push({ rowNumber, cells });
  });
  return { headers, rows };
}

/** The calendar template: the header row the import reads, and a sheet that explains each column. */
export async function buildProcurementTemplate(
  explain: (column: ImportColumn) => string,
  sheetNames: { calendar: string; help: string },
): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNames.calendar, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: column === 'Titel' ? 48 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet(sheetNames.help);
  help.columns = [
    { header: sheetNames.calendar, key: 'column', width: 24 },
    { header: sheetNames.help, key: 'help', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) help.addRow({ column, help: explain(column) });
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}
