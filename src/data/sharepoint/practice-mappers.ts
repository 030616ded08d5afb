import * as z from 'zod/mini';
import type {
  Practice,
  PracticeComment,
  PracticeCommand,
  PracticeFilter,
  ReactionKind,
} from '../../domain/practice';
import { REACTION_KINDS } from '../../domain/practice';
import { REACTION_CHOICES } from './list-schema';
import { base, ids, optionalId, person, text } from './mappers';

/** Author is a lookup: three of SharePoint Online's twelve per query; Themes, Pilot, Action are ids. */
export const PRACTICE_QUERY = {
  select: [
    'Id',
    'Title',
    'Body',
    'ThemesId',
    'PilotId',
    'ActionId',
    'Pinned',
    'Hidden',
    'Attachments',
    'Created',
    'Author/Id',
    'Author/Title',
    'Author/EMail',
  ],
  expand: ['Author'],
} as const;

export const COMMENT_QUERY = {
  select: ['Id', 'PracticeId', 'Body', 'Created', 'Author/Id', 'Author/Title', 'Author/EMail'],
  expand: ['Author'],
} as const;

const flag = z.pipe(
  z.nullish(z.number()),
  z.transform((value) => value === 1),
);

export const practiceItem = z.pipe(
  z.object({
    ...base,
    Title: z.string().check(z.minLength(1)),
    Body: text,
    ThemesId: ids,
    PilotId: optionalId,
    ActionId: optionalId,
    Pinned: flag,
    Hidden: flag,
    Attachments: z.nullish(z.boolean()),
    Created: z.string(),
    Author: person,
  }),
  z.transform((item): Practice => ({
    id: item.Id,
    title: item.Title,
    body: item.Body,
    themeIds: item.ThemesId,
    pilotId: item.PilotId,
    actionId: item.ActionId,
    author: item.Author,
    created: item.Created,
    pinned: item.Pinned,
    hidden: item.Hidden,
    hasImages: item.Attachments === true,
    version: item['odata.etag'],
  })),
);

export const commentItem = z.pipe(
  z.object({
    ...base,
    PracticeId: z.int(),
    Body: text,
    Created: z.string(),
    Author: person,
  }),
  z.transform((item): PracticeComment => ({
    id: item.Id,
    practiceId: item.PracticeId,
    body: item.Body,
    author: item.Author,
    created: item.Created,
    version: item['odata.etag'],
  })),
);

export function practiceFields(command: PracticeCommand) {
  return {
    Title: command.title,
    Body: command.body,
    ThemesId: command.themeIds,
    PilotId: command.pilotId ?? null,
    ActionId: command.actionId ?? null,
  };
}

export function storedReaction(kind: ReactionKind): string {
  return REACTION_CHOICES[REACTION_KINDS.indexOf(kind)] as string;
}

export function reactionKindOf(stored: unknown): ReactionKind | undefined {
  const index = REACTION_CHOICES.indexOf(stored as (typeof REACTION_CHOICES)[number]);
  return index < 0 ? undefined : REACTION_KINDS[index];
}

/** One reaction per user per kind per post: the unique key SharePoint enforces. */
export function reactionKey(practiceId: number, userId: number, kind: ReactionKind): string {
  return `${practiceId}|${userId}|${kind}`;
}

/** The feed's filter as OData over indexed lookups (the first clause decides the threshold). */
export function filterClauses(filter: PracticeFilter): string[] {
  const clauses: string[] = [];
  if (filter.pilotId !== undefined) clauses.push(`PilotId eq ${filter.pilotId}`);
  if (filter.actionId !== undefined) clauses.push(`ActionId eq ${filter.actionId}`);
  if (filter.themeId !== undefined) clauses.push(`ThemesId eq ${filter.themeId}`);
  return clauses;
}

/** Words as KQL phrases: whatever the user types, it never becomes KQL syntax. */
export function kqlWords(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/["()\\]/g, '').trim())
    .filter((word) => word.length > 0)
    .slice(0, 12)
    .map((word) => `"${word}"`)
    .join(' ');
}
