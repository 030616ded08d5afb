import * as z from 'zod/mini';
import {
  parsePublicationQuarter,
  formatPublicationQuarter,
  procurementInputSchema,
  PROCUREMENT_KINDS,
  type Procurement,
  type ProcurementCommand,
  type ProcurementKind,
  type ProcurementStatus,
} from '../../domain/procurement';
import { readEuroAmount } from '../../domain/procurement-import';
import type { FormIssue } from '../../ui/form/use-zod-form';

/** What the dialog holds: amounts and quarters as typed, the kind '' while unknown. */
export interface ProcurementFormValues {
  title: string;
  department: string;
  estimatedValueEur: string;
  publication: string;
  kind: ProcurementKind | '';
  themeIds: number[];
  status: ProcurementStatus;
  isPilot: boolean;
  pilotId: number | undefined;
  criteriaChosen: boolean;
  sroiAgreed: boolean;
  criteriaNotes: string;
}

const { shape } = procurementInputSchema;

export const procurementFormSchema = z.object({
  title: shape.title,
  department: shape.department,
  estimatedValueEur: z.pipe(
    z.string(),
    z.transform((text, ctx): number | undefined => {
      const read = readEuroAmount(text);
      if (read.ok) return read.value;
      ctx.issues.push({ code: 'custom', input: text, params: { reason: read.code } });
      return z.NEVER;
    }),
  ),
  publication: z.pipe(
    z.string(),
    z.transform((text, ctx) => {
      if (!text.trim()) return undefined;
      const quarter = parsePublicationQuarter(text);
      if (quarter) return quarter;
      ctx.issues.push({ code: 'custom', input: text });
      return z.NEVER;
    }),
  ),
  kind: z.pipe(
    z.enum(['', ...PROCUREMENT_KINDS]),
    z.transform((value) => (value === '' ? undefined : value)),
  ),
  themeIds: shape.themeIds,
  status: shape.status,
  isPilot: shape.isPilot,
  pilotId: shape.pilotId,
  criteriaChosen: shape.criteriaChosen,
  sroiAgreed: shape.sroiAgreed,
  criteriaNotes: shape.criteriaNotes,
});
export type ProcurementFormCommand = z.output<typeof procurementFormSchema>;

const amountText = (value: number | undefined) =>
  value === undefined
    ? ''
    : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value);

export function procurementFormValues(procurement: Procurement | undefined): ProcurementFormValues {
  return {
    title: procurement?.title ?? '',
    department: procurement?.department ?? '',
    estimatedValueEur: amountText(procurement?.estimatedValueEur),
    publication: procurement?.publication ? formatPublicationQuarter(procurement.publication) : '',
    kind: procurement?.kind ?? '',
    themeIds: procurement?.themeIds ?? [],
    status: procurement?.status ?? 'planned',
    isPilot: procurement?.isPilot ?? false,
    pilotId: procurement?.pilotId,
    criteriaChosen: procurement?.criteriaChosen ?? false,
    sroiAgreed: procurement?.sroiAgreed ?? false,
    criteriaNotes: procurement?.criteriaNotes ?? '',
  };
}

/** The fields a coordinator edits; a conflict is resolved per field. */
export const PROCUREMENT_CONFLICT_FIELDS = [
  'title',
  'department',
  'estimatedValueEur',
  'publication',
  'kind',
  'themeIds',
  'status',
  'isPilot',
  'criteriaChosen',
  'sroiAgreed',
  'criteriaNotes',
] as const satisfies readonly (keyof ProcurementCommand)[];
export type ProcurementConflictField = (typeof PROCUREMENT_CONFLICT_FIELDS)[number];

export type ProcurementFormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'departmentTooLong'
  | 'valueNotANumber'
  | 'valueNegative'
  | 'valueTooLarge'
  | 'quarterInvalid'
  | 'notesTooLong'
  | 'invalid';

/** What to say at the field the form's schema refused. */
export function procurementFormError(issue: FormIssue): ProcurementFormError {
  switch (issue.path?.[0]) {
    case 'title':
      return issue.code === 'too_big' ? 'titleTooLong' : 'titleRequired';
    case 'department':
      return 'departmentTooLong';
    case 'estimatedValueEur': {
      const reason = issue.code === 'custom' ? issue.params?.reason : undefined;
      return reason === 'valueNegative' || reason === 'valueTooLarge' ? reason : 'valueNotANumber';
    }
    case 'publication':
      return 'quarterInvalid';
    case 'criteriaNotes':
      return 'notesTooLong';
    default:
      return 'invalid';
  }
}
