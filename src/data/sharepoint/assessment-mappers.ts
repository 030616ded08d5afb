import * as z from 'zod/mini';
import {
  ambitionLevelSchema,
  ASSESSMENT_STATUSES,
  type AmbitionAssessment,
  type AssessmentStatus,
} from '../../domain/ambition';
import type { AssessmentCommand } from '../../domain/assessment-input';
import { ASSESSMENT_STATUS_CHOICES, listUrl } from './list-schema';
import { base, choice, person, text } from './mappers';

/** Where coordinators keep confirmed assessments: only they write there. */
export const CONFIRMED_FOLDER = 'vastgesteld';

/** A theme's drafts live in a folder of their own, where the theme's owner contributes. */
export function assessmentFolderPath(siteUrl: string, themeId: number): string {
  return `${listUrl(siteUrl, 'MvoiAssessments')}/thema-${themeId}`;
}

export function confirmedFolderPath(siteUrl: string): string {
  return `${listUrl(siteUrl, 'MvoiAssessments')}/${CONFIRMED_FOLDER}`;
}

/** A confirmed one is one in the coordinators' folder: a field an owner can write could lie. */
function isConfirmedFolder(fileDirRef: string): boolean {
  return fileDirRef.toLowerCase().endsWith(`/mvoiassessments/${CONFIRMED_FOLDER}`);
}

export function assessmentKey(
  themeId: number,
  year: number,
  revision: number,
  state: AmbitionAssessment['state'],
): string {
  return `${themeId}|${year}|${revision}|${state === 'confirmed' ? 'vastgesteld' : 'concept'}`;
}

const who = ['Id', 'Title', 'EMail'];
export const ASSESSMENT_QUERY = {
  select: [
    'Id',
    'FSObjType',
    'FileDirRef',
    'ThemeId',
    'Year',
    'Level',
    'AssessmentStatus',
    'Explanation',
    'Evidence',
    'Act',
    'Revision',
    'AssessedAt',
    'Created',
    'Modified',
    ...who.map((field) => `AssessedBy/${field}`),
    ...who.map((field) => `Author/${field}`),
    ...who.map((field) => `Editor/${field}`),
  ],
  expand: ['AssessedBy', 'Author', 'Editor'],
} as const;

const STATUS_VALUES: readonly AssessmentStatus[] = ASSESSMENT_STATUSES;

export const assessmentItem = z.pipe(
  z.object({
    ...base,
    FileDirRef: z.string(),
    ThemeId: z.int(),
    Year: z.int(),
    Level: ambitionLevelSchema,
    AssessmentStatus: choice(ASSESSMENT_STATUS_CHOICES, STATUS_VALUES),
    Explanation: text,
    Evidence: text,
    Act: text,
    Revision: z.int().check(z.positive()),
    AssessedBy: person,
    AssessedAt: z.nullish(z.string()),
    Created: z.string(),
    Modified: z.string(),
    Author: person,
    Editor: person,
  }),
  z.transform((item): AmbitionAssessment => {
    const confirmed = isConfirmedFolder(item.FileDirRef);
    return {
      id: item.Id,
      themeId: item.ThemeId,
      year: item.Year,
      level: item.Level,
      status: item.AssessmentStatus,
      explanation: item.Explanation,
      evidence: item.Evidence.split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      act: item.Act,
      state: confirmed ? 'confirmed' : 'draft',
      revision: item.Revision,
      // A draft's last save is SharePoint's own record; a confirmed copy keeps the draft's.
      assessedBy: confirmed ? item.AssessedBy : item.Editor,
      assessedAt: confirmed ? (item.AssessedAt ?? item.Created) : item.Modified,
      confirmedBy: confirmed ? item.Author : undefined,
      confirmedAt: confirmed ? item.Created : undefined,
      version: item['odata.etag'],
    };
  }),
);

export function storedAssessmentStatus(status: AssessmentStatus): string {
  return ASSESSMENT_STATUS_CHOICES[STATUS_VALUES.indexOf(status)] ?? ASSESSMENT_STATUS_CHOICES[3];
}

/** The columns a draft's input sets. */
export function assessmentInputFields(command: AssessmentCommand) {
  return {
    Level: command.level,
    AssessmentStatus: storedAssessmentStatus(command.status),
    Explanation: command.explanation,
    Evidence: command.evidence.join('\n'),
    Act: command.act,
  };
}
