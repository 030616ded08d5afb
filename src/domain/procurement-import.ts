import { TITLE_MAX_LENGTH } from './action';
import {
  DEPARTMENT_MAX_LENGTH,
  KEY_MAX_LENGTH,
  parsePublicationQuarter,
  procurementKey,
  VALUE_MAX_EUR,
  type Procurement,
  type ProcurementCommand,
  type ProcurementKind,
  type ProcurementStatus,
} from './procurement';
import type { Theme } from './theme';
import type { Quarter } from './timing';

/**
 * The calendar template's columns, in order, as the header row names them. Every column but
 * Kenmerk must be there; a row is matched on its Kenmerk, or without one on title, department
 * and quarter (see `procurementKey`).
 */
export const IMPORT_COLUMNS = [
  'Titel',
  'Afdeling',
  'Geschatte waarde',
  'Publicatie (kwartaal)',
  'Soort',
  "Thema's",
  'Status',
  'Pilot',
  'Kenmerk',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly ImportColumn[] = ['Kenmerk'];

/** The column a header names, ignoring case, spacing and the kind of apostrophe. */
export function columnOfHeader(header: string): ImportColumn | undefined {
  const text = normalised(header).replace(/[’‘`´]/g, "'");
  return IMPORT_COLUMNS.find((column) => normalised(column) === text);
}

export type ImportCell = string | number | boolean | Date | null | undefined;

export interface RawImportSheet {
  /** The header row's texts, as found. */
  headers: string[];
  /** The data rows; `rowNumber` is the sheet's own (the header is row 1). */
  rows: { rowNumber: number; cells: Partial<Record<ImportColumn, ImportCell>> }[];
}

/** What an import sets: the calendar's columns. The coordinator's plan (criteria, SROI) stays. */
export type ProcurementImportCommand = Pick<
  ProcurementCommand,
  | 'title'
  | 'department'
  | 'estimatedValueEur'
  | 'publication'
  | 'kind'
  | 'themeIds'
  | 'status'
  | 'isPilot'
> & { key: string };

export type ImportProblemCode =
  | 'columnMissing'
  | 'noRows'
  | 'titleRequired'
  | 'titleTooLong'
  | 'departmentTooLong'
  | 'valueNotANumber'
  | 'valueNegative'
  | 'valueTooLarge'
  | 'quarterInvalid'
  | 'kindUnknown'
  | 'themeUnknown'
  | 'statusUnknown'
  | 'pilotNotYesNo'
  | 'keyTooLong'
  | 'duplicateRow';

export interface ImportProblem {
  rowNumber: number;
  column: ImportColumn | undefined;
  code: ImportProblemCode;
  /** The refused text, for the message. */
  value?: string;
  /** For a duplicate: the row it repeats. */
  otherRow?: number;
}

export interface CheckedImportRow {
  rowNumber: number;
  command: ProcurementImportCommand;
}

export interface CheckedImport {
  rows: CheckedImportRow[];
  problems: ImportProblem[];
}

/** Dutch words first; the singular and English forms are read too. */
const KIND_WORDS: Record<string, ProcurementKind> = {
  leveringen: 'supplies',
  levering: 'supplies',
  supplies: 'supplies',
  diensten: 'services',
  dienst: 'services',
  services: 'services',
  werken: 'works',
  werk: 'works',
  works: 'works',
};

export const STATUS_WORDS: Record<ProcurementStatus, string> = {
  planned: 'Gepland',
  preparing: 'In voorbereiding',
  published: 'Gepubliceerd',
  awarded: 'Gegund',
  cancelled: 'Vervallen',
};

export const KIND_WORDS_NL: Record<ProcurementKind, string> = {
  supplies: 'Leveringen',
  services: 'Diensten',
  works: 'Werken',
};

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', '']);

function normalised(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export type Read<T> = { ok: true; value: T } | { ok: false; code: ImportProblemCode };

/** "€ 1.250.000", "1250000", "50.000,50", "50000.5": Dutch grouping first, as Excel users type. */
export function readEuroAmount(cell: ImportCell): Read<number | undefined> {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const text = cellText(cell)
      .replace(/[€\s\u00a0]/g, '')
      .replace(/^eur/i, '');
    if (!text) return { ok: true, value: undefined };
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
      value = Number(text.replace(/\./g, '').replace(',', '.'));
    } else if (/^\d+(,\d+)?$/.test(text)) value = Number(text.replace(',', '.'));
    else if (/^\d+(\.\d+)?$/.test(text)) value = Number(text);
    else if (/^-\d/.test(text)) return { ok: false, code: 'valueNegative' };
    else return { ok: false, code: 'valueNotANumber' };
  }
  if (!Number.isFinite(value)) return { ok: false, code: 'valueNotANumber' };
  if (value < 0) return { ok: false, code: 'valueNegative' };
  if (value > VALUE_MAX_EUR) return { ok: false, code: 'valueTooLarge' };
  return { ok: true, value };
}

function readQuarter(cell: ImportCell): Read<ProcurementCommand['publication']> {
  if (cell instanceof Date) {
    const quarter = (Math.floor(cell.getUTCMonth() / 3) + 1) as Quarter;
    return { ok: true, value: { year: cell.getUTCFullYear(), quarter } };
  }
  const text = cellText(cell);
  if (!text) return { ok: true, value: undefined };
  const quarter = parsePublicationQuarter(text);
  return quarter ? { ok: true, value: quarter } : { ok: false, code: 'quarterInvalid' };
}

function readStatus(cell: ImportCell): Read<ProcurementStatus> {
  const text = normalised(cellText(cell));
  if (!text) return { ok: true, value: 'planned' };
  const found = (Object.entries(STATUS_WORDS) as [ProcurementStatus, string][]).find(
    ([status, word]) => normalised(word) === text || status === text,
  );
  return found ? { ok: true, value: found[0] } : { ok: false, code: 'statusUnknown' };
}

function readPilot(cell: ImportCell): Read<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const text = normalised(cellText(cell));
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, code: 'pilotNotYesNo' };
}

type ThemeRef = Pick<Theme, 'id' | 'key' | 'name'>;

/**
 * Checks every row of a sheet against the template and the plan's themes. It writes nothing and
 * stops at nothing: each row's every problem is listed, so the file can be fixed in one go.
 */
export function checkImportSheet(
  sheet: RawImportSheet,
  themes: readonly ThemeRef[],
): CheckedImport {
  const problems: ImportProblem[] = [];
  const headers = new Set(sheet.headers.map(columnOfHeader));
  for (const column of IMPORT_COLUMNS) {
    if (!OPTIONAL_COLUMNS.includes(column) && !headers.has(column)) {
      problems.push({ rowNumber: 1, column, code: 'columnMissing' });
    }
  }
  if (problems.length > 0) return { rows: [], problems };
  if (sheet.rows.length === 0)
    return { rows: [], problems: [{ rowNumber: 2, column: undefined, code: 'noRows' }] };

  const themeOf = (text: string) =>
    themes.find((theme) => normalised(theme.name) === text || theme.key === text);
  const rows: CheckedImportRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    const rowProblems: ImportProblem[] = [];
    const problem = (column: ImportColumn, code: ImportProblemCode, value?: string) =>
      rowProblems.push({ rowNumber, column, code, ...(value ? { value } : {}) });
    const read = <T>(column: ImportColumn, result: Read<T>, fallback: T): T => {
      if (result.ok) return result.value;
      problem(column, result.code, cellText(cells[column]));
      return fallback;
    };

    const title = cellText(cells.Titel);
    if (!title) problem('Titel', 'titleRequired');
    else if (title.length > TITLE_MAX_LENGTH) problem('Titel', 'titleTooLong');
    const department = cellText(cells.Afdeling);
    if (department.length > DEPARTMENT_MAX_LENGTH) problem('Afdeling', 'departmentTooLong');
    const estimatedValueEur = read(
      'Geschatte waarde',
      readEuroAmount(cells['Geschatte waarde']),
      undefined,
    );
    const publication = read(
      'Publicatie (kwartaal)',
      readQuarter(cells['Publicatie (kwartaal)']),
      undefined,
    );
    const kindText = normalised(cellText(cells.Soort));
    const kind = kindText ? KIND_WORDS[kindText] : undefined;
    if (kindText && !kind) problem('Soort', 'kindUnknown', cellText(cells.Soort));
    const themeIds: number[] = [];
    for (const part of cellText(cells["Thema's"]).split(/[;,\n]/)) {
      const text = normalised(part);
      if (!text) continue;
      const theme = themeOf(text);
      if (theme) {
        if (!themeIds.includes(theme.id)) themeIds.push(theme.id);
      } else problem("Thema's", 'themeUnknown', part.trim());
    }
    const status = read('Status', readStatus(cells.Status), 'planned');
    const isPilot = read('Pilot', readPilot(cells.Pilot), false);
    const kenmerk = cellText(cells.Kenmerk);
    if (kenmerk.length > KEY_MAX_LENGTH - 'kenmerk:'.length) problem('Kenmerk', 'keyTooLong');

    const key = procurementKey({ key: kenmerk, title, department, publication });
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) {
      rowProblems.push({
        rowNumber,
        column: kenmerk ? 'Kenmerk' : 'Titel',
        code: 'duplicateRow',
        otherRow: earlier,
      });
    } else firstRowOfKey.set(key, rowNumber);

    if (rowProblems.length > 0) problems.push(...rowProblems);
    else {
      rows.push({
        rowNumber,
        command: {
          key,
          title,
          department,
          estimatedValueEur,
          publication,
          kind,
          themeIds,
          status,
          isPilot,
        },
      });
    }
  }
  return { rows, problems };
}

export type ImportEffect = 'new' | 'changed' | 'unchanged';

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

/** What importing the row would do to the procurement stored under its key. */
export function importEffect(
  stored: Procurement | undefined,
  row: ProcurementImportCommand,
): ImportEffect {
  if (!stored) return 'new';
  const same =
    stored.title === row.title &&
    stored.department === row.department &&
    stored.estimatedValueEur === row.estimatedValueEur &&
    stored.publication?.year === row.publication?.year &&
    stored.publication?.quarter === row.publication?.quarter &&
    stored.kind === row.kind &&
    sameIds(stored.themeIds, row.themeIds) &&
    stored.status === row.status &&
    stored.isPilot === row.isPilot;
  return same ? 'unchanged' : 'changed';
}

export interface PlannedImportRow extends CheckedImportRow {
  effect: ImportEffect;
}

/** Each checked row with its effect against what is stored now. */
export function planImport(
  rows: readonly CheckedImportRow[],
  stored: readonly Procurement[],
): PlannedImportRow[] {
  const byKey = new Map(stored.map((procurement) => [procurement.key, procurement]));
  return rows.map((row) => ({
    ...row,
    effect: importEffect(byKey.get(row.command.key), row.command),
  }));
}
