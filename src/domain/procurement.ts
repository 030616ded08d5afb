import * as z from 'zod/mini';
import { TITLE_MAX_LENGTH } from './action';
import type { CalendarDate } from './calendar-date';
import {
  flagsOf,
  gapsOf,
  type ProcurementFlag,
  type ProcurementGap,
  type ProcurementThreshold,
} from './procurement-thresholds';
import {
  formatTiming,
  parseTiming,
  type Quarter,
  type TimingLocale,
  type YearQuarter,
} from './timing';

/** Leveringen, diensten, werken: the kinds procurement law tells apart. */
export const PROCUREMENT_KINDS = ['supplies', 'services', 'works'] as const;
export type ProcurementKind = (typeof PROCUREMENT_KINDS)[number];

export const PROCUREMENT_STATUSES = [
  'planned',
  'preparing',
  'published',
  'awarded',
  'cancelled',
] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

export const DEPARTMENT_MAX_LENGTH = 255;
export const NOTES_MAX_LENGTH = 10_000;
export const KEY_MAX_LENGTH = 255;
export const VALUE_MAX_EUR = 10_000_000_000;

/** A planned procurement on the municipality's procurement calendar (inkoop- en aanbestedingskalender). */
export interface Procurement {
  id: number;
  /** Stable and unique: what a calendar import matches rows on. */
  key: string;
  title: string;
  department: string;
  estimatedValueEur: number | undefined;
  publication: YearQuarter | undefined;
  kind: ProcurementKind | undefined;
  themeIds: number[];
  status: ProcurementStatus;
  isPilot: boolean;
  /** The MvoiPilots item this procurement is, for the five pilots of the plan and later ones. */
  pilotId: number | undefined;
  criteriaChosen: boolean;
  sroiAgreed: boolean;
  /** Which MVI criteria were chosen (PIANOo criteria tool), in the coordinator's words. */
  criteriaNotes: string;
  version: string;
}

const yearQuarterSchema = z.object({
  year: z.int().check(z.minimum(2000), z.maximum(2099)),
  quarter: z.pipe(
    z.int().check(z.minimum(1), z.maximum(4)),
    z.transform((value) => value as Quarter),
  ),
});

export const procurementInputSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  department: z._default(z.string().check(z.trim(), z.maxLength(DEPARTMENT_MAX_LENGTH)), ''),
  estimatedValueEur: z.optional(z.number().check(z.minimum(0), z.maximum(VALUE_MAX_EUR))),
  publication: z.optional(yearQuarterSchema),
  kind: z.optional(z.enum(PROCUREMENT_KINDS)),
  themeIds: z._default(z.array(z.int().check(z.positive())), []),
  status: z._default(z.enum(PROCUREMENT_STATUSES), 'planned'),
  isPilot: z._default(z.boolean(), false),
  pilotId: z.optional(z.int().check(z.positive())),
  criteriaChosen: z._default(z.boolean(), false),
  sroiAgreed: z._default(z.boolean(), false),
  criteriaNotes: z._default(z.string().check(z.maxLength(NOTES_MAX_LENGTH)), ''),
  /** The calendar's own reference (Kenmerk); without one, `procurementKey` makes one. */
  key: z.optional(z.string().check(z.trim(), z.maxLength(KEY_MAX_LENGTH))),
});
export type ProcurementInput = z.input<typeof procurementInputSchema>;
export type ProcurementCommand = z.output<typeof procurementInputSchema>;

function normalised(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** FNV-1a: a short, stable digest for keys that would not fit the column. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The key a procurement is matched on: its Kenmerk when the calendar gives one, else its title,
 * department and quarter, ignoring case and spacing, so the same row imported twice is one item.
 */
export function procurementKey(
  command: Pick<ProcurementCommand, 'key' | 'title' | 'department' | 'publication'>,
): string {
  const kenmerk = normalised(command.key ?? '');
  const key = kenmerk
    ? `kenmerk:${kenmerk}`
    : `rij:${[
        normalised(command.title),
        normalised(command.department),
        command.publication ? `q${command.publication.quarter}-${command.publication.year}` : '',
      ].join('|')}`;
  return key.length <= KEY_MAX_LENGTH ? key : `${key.slice(0, KEY_MAX_LENGTH - 9)}#${digest(key)}`;
}

/** "Q3 2026", in any case and spacing: one quarter as the plan writes it; anything else is none. */
export function parsePublicationQuarter(text: string): YearQuarter | undefined {
  const timing = parseTiming(text);
  return timing.kind === 'quarter' ? { year: timing.year, quarter: timing.quarter } : undefined;
}

export function formatPublicationQuarter(at: YearQuarter, locale: TimingLocale = 'nl'): string {
  return formatTiming({ kind: 'quarter', ...at }, locale);
}

export function firstDayOfQuarter({ year, quarter }: YearQuarter): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01` as CalendarDate;
}

/** A procurement's flags and gaps, with the thresholds in effect when it is published. */
export interface ProcurementAssessment {
  flags: ProcurementFlag[];
  gaps: ProcurementGap[];
  /** The date the thresholds were taken at. */
  date: CalendarDate;
}

/**
 * The thresholds apply as on the first day of the planned publication quarter; a procurement
 * without one is judged as of today. A cancelled procurement has no gaps: it will not happen.
 */
export function assessProcurement(
  procurement: Pick<
    Procurement,
    'estimatedValueEur' | 'kind' | 'criteriaChosen' | 'sroiAgreed' | 'publication' | 'status'
  >,
  thresholds: readonly ProcurementThreshold[],
  today: CalendarDate,
): ProcurementAssessment {
  const date = procurement.publication ? firstDayOfQuarter(procurement.publication) : today;
  const flags = flagsOf(procurement, thresholds, date);
  const gaps = procurement.status === 'cancelled' ? [] : gapsOf(procurement, flags);
  return { flags, gaps, date };
}

/**
 * The command that stores a procurement as it is, for edits and for comparing with an import. It
 * has no key: an update never changes the key the procurement was matched on.
 */
export function procurementCommandOf(procurement: Procurement): ProcurementCommand {
  return {
    title: procurement.title,
    department: procurement.department,
    estimatedValueEur: procurement.estimatedValueEur,
    publication: procurement.publication,
    kind: procurement.kind,
    themeIds: procurement.themeIds,
    status: procurement.status,
    isPilot: procurement.isPilot,
    pilotId: procurement.pilotId,
    criteriaChosen: procurement.criteriaChosen,
    sroiAgreed: procurement.sroiAgreed,
    criteriaNotes: procurement.criteriaNotes,
  };
}
