import * as z from 'zod/mini';
import {
  formatPublicationQuarter,
  parsePublicationQuarter,
  PROCUREMENT_KINDS,
  PROCUREMENT_STATUSES,
  type Procurement,
  type ProcurementCommand,
  type ProcurementKind,
  type ProcurementStatus,
} from '../../domain/procurement';
import type { ProcurementImportCommand } from '../../domain/procurement-import';
import { PROCUREMENT_KIND_CHOICES, PROCUREMENT_STATUS_CHOICES } from './list-schema';
import { base, ids, optionalId, text } from './mappers';

export const PROCUREMENT_QUERY = {
  select: [
    'Id',
    'Title',
    'ProcurementKey',
    'Department',
    'EstimatedValue',
    'PublicationQuarter',
    'ProcurementKind',
    'ThemesId',
    'ProcurementStatus',
    'IsPilot',
    'PilotId',
    'CriteriaChosen',
    'SroiAgreed',
    'CriteriaNotes',
  ],
  expand: [],
} as const;

const flag = z.pipe(
  z.nullish(z.number()),
  z.transform((value) => value === 1),
);

const KIND_OF_CHOICE = new Map<string, ProcurementKind>(
  PROCUREMENT_KIND_CHOICES.map((stored, index) => [
    stored,
    PROCUREMENT_KINDS[index] as ProcurementKind,
  ]),
);
const STATUS_OF_CHOICE = new Map<string, ProcurementStatus>(
  PROCUREMENT_STATUS_CHOICES.map((stored, index) => [
    stored,
    PROCUREMENT_STATUSES[index] as ProcurementStatus,
  ]),
);

const kind = z.pipe(
  z.nullish(z.string()),
  z.transform((value, ctx): ProcurementKind | undefined => {
    if (!value) return undefined;
    const found = KIND_OF_CHOICE.get(value);
    if (!found) {
      ctx.issues.push({ code: 'custom', message: `unknown kind "${value}"`, input: value });
      return z.NEVER;
    }
    return found;
  }),
);

const status = z.pipe(
  z.string(),
  z.transform((value, ctx): ProcurementStatus => {
    const found = STATUS_OF_CHOICE.get(value);
    if (!found) {
      ctx.issues.push({ code: 'custom', message: `unknown status "${value}"`, input: value });
      return z.NEVER;
    }
    return found;
  }),
);

/** An unreadable quarter is shown as none rather than hiding the procurement. */
const quarter = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => (value ? parsePublicationQuarter(value) : undefined)),
);

export const procurementItem = z.pipe(
  z.object({
    ...base,
    Title: z.string().check(z.minLength(1)),
    ProcurementKey: z.string().check(z.minLength(1)),
    Department: text,
    EstimatedValue: z.nullish(z.number()),
    PublicationQuarter: quarter,
    ProcurementKind: kind,
    ThemesId: ids,
    ProcurementStatus: status,
    IsPilot: flag,
    PilotId: optionalId,
    CriteriaChosen: flag,
    SroiAgreed: flag,
    CriteriaNotes: text,
  }),
  z.transform((item): Procurement => ({
    id: item.Id,
    key: item.ProcurementKey,
    title: item.Title,
    department: item.Department,
    estimatedValueEur: item.EstimatedValue ?? undefined,
    publication: item.PublicationQuarter,
    kind: item.ProcurementKind,
    themeIds: item.ThemesId,
    status: item.ProcurementStatus,
    isPilot: item.IsPilot,
    pilotId: item.PilotId,
    criteriaChosen: item.CriteriaChosen,
    sroiAgreed: item.SroiAgreed,
    criteriaNotes: item.CriteriaNotes,
    version: item['odata.etag'],
  })),
);

const choiceOf = <T extends string>(values: readonly T[], stored: readonly string[], value: T) =>
  stored[values.indexOf(value)] ?? null;

/** The calendar's own columns, which an import sets; the plan's columns are left as stored. */
export function procurementCalendarFields(
  command: Omit<ProcurementImportCommand, 'key'>,
): Record<string, unknown> {
  return {
    Title: command.title,
    Department: command.department,
    EstimatedValue: command.estimatedValueEur ?? null,
    PublicationQuarter: command.publication ? formatPublicationQuarter(command.publication) : null,
    PublicationYear: command.publication?.year ?? null,
    ProcurementKind: command.kind
      ? choiceOf(PROCUREMENT_KINDS, PROCUREMENT_KIND_CHOICES, command.kind)
      : null,
    ThemesId: command.themeIds,
    ProcurementStatus: choiceOf(PROCUREMENT_STATUSES, PROCUREMENT_STATUS_CHOICES, command.status),
    IsPilot: command.isPilot ? 1 : 0,
  };
}

export function procurementFields(command: ProcurementCommand): Record<string, unknown> {
  return {
    ...procurementCalendarFields(command),
    PilotId: command.pilotId ?? null,
    CriteriaChosen: command.criteriaChosen ? 1 : 0,
    SroiAgreed: command.sroiAgreed ? 1 : 0,
    CriteriaNotes: command.criteriaNotes,
  };
}
