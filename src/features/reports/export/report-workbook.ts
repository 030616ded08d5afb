import ExcelJS from 'exceljs';
import type { ReportBlock, ReportCell, ReportDocument, ReportSection } from '../report-document';
import { HEADER_FILL, STATUS_FILLS } from './report-colours';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMN_WIDTHS = [44, 32, 26, 18, 24, 16];

function fill(rgb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

function writeCell(cell: ExcelJS.Cell, value: ReportCell): void {
  cell.alignment = { vertical: 'top', wrapText: true };
  if (typeof value === 'string') {
    cell.value = value;
    return;
  }
  cell.value = value.text;
  cell.fill = fill(STATUS_FILLS[value.status]);
  cell.font = { bold: true };
}

function writeBlock(sheet: ExcelJS.Worksheet, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading':
      sheet.addRow([block.text]).font = { bold: true, size: 12 };
      return;
    case 'paragraph':
      sheet.addRow([block.text]);
      return;
    case 'list':
      for (const item of block.items) sheet.addRow([`• ${item}`]);
      return;
    case 'table': {
      sheet.addRow([block.caption]).font = { bold: true, italic: true };
      const header = sheet.addRow(block.columns);
      header.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = fill(HEADER_FILL);
      });
      for (const row of block.rows) {
        const added = sheet.addRow([]);
        row.forEach((value, index) => writeCell(added.getCell(index + 1), value));
      }
      sheet.addRow([]);
    }
  }
}

function writeSection(workbook: ExcelJS.Workbook, section: ReportSection, name: string): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  sheet.addRow([section.title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const block of section.blocks) writeBlock(sheet, block);
}

/** Sheet names must differ; a second theme of the same name gets a number. */
function uniqueNames(sections: readonly ReportSection[]): string[] {
  const taken = new Set<string>();
  return sections.map(({ sheetName }) => {
    let name = sheetName;
    for (let count = 2; taken.has(name.toLowerCase()); count += 1) {
      const suffix = ` (${count})`;
      name = `${sheetName.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * The year report as an Excel workbook: one sheet per section (summary, introduction, each
 * theme, organisation-wide, conclusions, limitations), its tables under bold headers, statuses
 * coloured and named. exceljs is large: callers import this module only on export.
 */
export async function buildReportWorkbook(document: ReportDocument, now: Date): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MVOI Actieplan';
  workbook.title = document.title;
  workbook.created = now;
  const names = uniqueNames(document.sections);
  document.sections.forEach((section, index) =>
    writeSection(workbook, section, names[index] ?? section.sheetName),
  );
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}
