import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ReportBlock, ReportCell, ReportDocument, ReportSection } from '../report-document';
import { HEADER_FILL, STATUS_FILLS } from './report-colours';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// A4 in twentieths of a point, with margins of 2.5 cm.
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1_418;

/** A cell's text, one paragraph per line (evidence lists one link a line). */
function cellParagraphs(text: string, bold = false): Paragraph[] {
  return text
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

function cellOf(cell: ReportCell): TableCell {
  if (typeof cell === 'string') return new TableCell({ children: cellParagraphs(cell) });
  return new TableCell({
    children: cellParagraphs(cell.text, true),
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: STATUS_FILLS[cell.status] },
  });
}

function tableOf(block: Extract<ReportBlock, { kind: 'table' }>): FileChild[] {
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map(
      (column) =>
        new TableCell({
          children: cellParagraphs(column, true),
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
        }),
    ),
  });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [header, ...block.rows.map((row) => new TableRow({ children: row.map(cellOf) }))],
    }),
    new Paragraph({}),
  ];
}

function blockOf(block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return tableOf(block);
  }
}

function sectionOf(section: ReportSection, index: number): FileChild[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      text: section.title,
      // The report opens with its summary under the title; each later section starts a page.
      pageBreakBefore: index > 0,
    }),
    ...section.blocks.flatMap(blockOf),
  ];
}

/**
 * The year report as a Word document, as it goes to the college: a title, a heading per section
 * (each theme on its own page), tables with a repeating header row and status cells coloured and
 * named. `docx` is large: callers import this module only when someone asks for the file.
 */
export async function buildReportDocx(
  document: ReportDocument,
  /** The text's language for Word's spelling check, e.g. `nl-NL`. */
  language: string,
): Promise<Blob> {
  const file = new Document({
    title: document.title,
    creator: 'MVOI Actieplan',
    description: document.subtitle,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: language } } } },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: document.title }),
          new Paragraph({ text: document.subtitle }),
          ...document.sections.flatMap(sectionOf),
        ],
      },
    ],
  });
  return new Blob([await Packer.toArrayBuffer(file)], { type: DOCX_TYPE });
}
