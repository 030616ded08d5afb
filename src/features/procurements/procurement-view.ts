import type { CalendarDate } from '../../domain/calendar-date';
import {
  assessProcurement,
  PROCUREMENT_KINDS,
  PROCUREMENT_STATUSES,
  type Procurement,
  type ProcurementAssessment,
  type ProcurementKind,
  type ProcurementStatus,
} from '../../domain/procurement';
import {
  applicableThreshold,
  type ProcurementThreshold,
  type ThresholdRule,
} from '../../domain/procurement-thresholds';

export interface AssessedProcurement {
  procurement: Procurement;
  assessment: ProcurementAssessment;
}

export function assessAll(
  procurements: readonly Procurement[],
  thresholds: readonly ProcurementThreshold[],
  today: CalendarDate,
): AssessedProcurement[] {
  return procurements.map((procurement) => ({
    procurement,
    assessment: assessProcurement(procurement, thresholds, today),
  }));
}

/** The calendar's filters, kept in the address so a link (`?gaps=1`) opens them. */
export interface ProcurementFilter {
  kind: ProcurementKind | undefined;
  themeId: number | undefined;
  status: ProcurementStatus | undefined;
  pilot: 'yes' | 'no' | undefined;
  gapsOnly: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

export function filterFromParams(params: URLSearchParams): ProcurementFilter {
  const themeId = Number(params.get('theme'));
  return {
    kind: oneOf(PROCUREMENT_KINDS, params.get('kind')),
    themeId: Number.isSafeInteger(themeId) && themeId > 0 ? themeId : undefined,
    status: oneOf(PROCUREMENT_STATUSES, params.get('status')),
    pilot: oneOf(['yes', 'no'] as const, params.get('pilot')),
    gapsOnly: params.get('gaps') === '1',
  };
}

export function paramsOf(filter: ProcurementFilter, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | undefined) =>
    value === undefined ? params.delete(name) : params.set(name, value);
  set('kind', filter.kind);
  set('theme', filter.themeId === undefined ? undefined : String(filter.themeId));
  set('status', filter.status);
  set('pilot', filter.pilot);
  set('gaps', filter.gapsOnly ? '1' : undefined);
  return params;
}

export function applyFilter(
  rows: readonly AssessedProcurement[],
  filter: ProcurementFilter,
): AssessedProcurement[] {
  return rows.filter(
    ({ procurement, assessment }) =>
      (filter.kind === undefined || procurement.kind === filter.kind) &&
      (filter.themeId === undefined || procurement.themeIds.includes(filter.themeId)) &&
      (filter.status === undefined || procurement.status === filter.status) &&
      (filter.pilot === undefined || procurement.isPilot === (filter.pilot === 'yes')) &&
      (!filter.gapsOnly || assessment.gaps.length > 0),
  );
}

/** Gaps first, then by publication quarter (unknown last), then by title. */
export function sortForCalendar(rows: readonly AssessedProcurement[]): AssessedProcurement[] {
  const quarterIndex = ({ procurement }: AssessedProcurement) =>
    procurement.publication
      ? procurement.publication.year * 4 + procurement.publication.quarter
      : Number.MAX_SAFE_INTEGER;
  return [...rows].sort(
    (a, b) =>
      Number(b.assessment.gaps.length > 0) - Number(a.assessment.gaps.length > 0) ||
      quarterIndex(a) - quarterIndex(b) ||
      a.procurement.title.localeCompare(b.procurement.title, 'nl'),
  );
}

/** A band of estimated value; its edges are the thresholds in effect on the day it is drawn. */
export interface ValueBand {
  id: 'unknown' | 'below-mvoi' | 'mvoi' | 'social-return' | 'eu' | 'eu-works';
  from: number | undefined;
  to: number | undefined;
}

export function valueBands(
  thresholds: readonly ProcurementThreshold[],
  today: CalendarDate,
): ValueBand[] {
  const at = (rule: ThresholdRule) => applicableThreshold(thresholds, rule, today)?.amountEur;
  const edges = [
    at('mvoi-criteria'),
    at('social-return'),
    at('eu-supplies-services'),
    at('eu-works'),
  ].map((edge) => edge ?? Number.POSITIVE_INFINITY);
  const [mvoi, sroi, eu, works] = edges as [number, number, number, number];
  return [
    { id: 'eu-works', from: works, to: undefined },
    { id: 'eu', from: eu, to: works },
    { id: 'social-return', from: sroi, to: eu },
    { id: 'mvoi', from: mvoi, to: sroi },
    { id: 'below-mvoi', from: 0, to: mvoi },
    { id: 'unknown', from: undefined, to: undefined },
  ];
}

export function bandOf(bands: readonly ValueBand[], value: number | undefined): ValueBand['id'] {
  if (value === undefined) return 'unknown';
  return (
    bands.find(
      (band) =>
        band.from !== undefined && value >= band.from && (band.to === undefined || value < band.to),
    )?.id ?? 'below-mvoi'
  );
}

export interface OpportunityCell {
  count: number;
  totalEur: number;
  gaps: number;
  titles: string[];
}

/** Per band and theme (id, or 0 for none): how many procurements, their total value, their gaps. */
export function opportunityMap(
  rows: readonly AssessedProcurement[],
  bands: readonly ValueBand[],
): Map<string, OpportunityCell> {
  const cells = new Map<string, OpportunityCell>();
  for (const { procurement, assessment } of rows) {
    if (procurement.status === 'cancelled') continue;
    const band = bandOf(bands, procurement.estimatedValueEur);
    for (const themeId of procurement.themeIds.length ? procurement.themeIds : [0]) {
      const key = cellKey(band, themeId);
      const cell = cells.get(key) ?? { count: 0, totalEur: 0, gaps: 0, titles: [] };
      cell.count += 1;
      cell.totalEur += procurement.estimatedValueEur ?? 0;
      cell.gaps += assessment.gaps.length > 0 ? 1 : 0;
      cell.titles.push(procurement.title);
      cells.set(key, cell);
    }
  }
  return cells;
}

export function cellKey(band: ValueBand['id'], themeId: number): string {
  return `${band}|${themeId}`;
}
