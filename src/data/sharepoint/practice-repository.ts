import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import type { ISPCollection, SPFI } from '@pnp/sp';
import { SPCollection } from '@pnp/sp';
import '@pnp/sp/attachments';
import type { IItem } from '@pnp/sp/items';
import '@pnp/sp/search';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { ImageUpload, PracticeFilter, PracticeStats } from '../../domain/practice';
import {
  checkImages,
  commentInputSchema,
  emptyStats,
  PRACTICES_PER_PAGE,
  practiceInputSchema,
  sniffImageType,
  storedImageName,
} from '../../domain/practice';
import { DataError } from '../errors';
import type { PracticeRepository, PracticeSearchHit } from '../repositories';
import { validateCommand } from '../validate-command';
import { itemWrites } from './item-writes';
import { ROLE_DEFINITIONS, SITE_GROUPS, listUrl } from './list-schema';
import { mapItems } from './mappers';
import {
  COMMENT_QUERY,
  PRACTICE_QUERY,
  commentItem,
  filterClauses,
  kqlWords,
  practiceFields,
  practiceItem,
  reactionKey,
  reactionKindOf,
  storedReaction,
} from './practice-mappers';
import { readAll, readMapped, siteList, withQuery } from './site-lists';
import { guarded, toDataError } from './to-data-error';

const PINNED_MAX = 10;
const SEARCH_ROWS = 10;

interface PageAnswer {
  rows: unknown[];
  nextLink: string | undefined;
}

/** Reads one page and keeps SharePoint's nextLink (minimal metadata or verbose). */
const withNextLink = parseBinderWithErrorCheck(async (response): Promise<PageAnswer> => {
  const json = (await response.json()) as Record<string, unknown> & { d?: { __next?: string } };
  const nextLink = (json['odata.nextLink'] as string | undefined) ?? json.d?.__next;
  return { rows: parseODataJSON(json) as unknown[], nextLink };
});

function idRange(ids: readonly number[]): string | undefined {
  if (ids.length === 0) return undefined;
  return `PracticeId ge ${Math.min(...ids)} and PracticeId le ${Math.max(...ids)}`;
}

export function createPracticeRepository(sp: SPFI, siteUrl: string): PracticeRepository {
  const practices = () => siteList(sp, siteUrl, 'MvoiPractices');
  const comments = () => siteList(sp, siteUrl, 'MvoiComments');
  const reactions = () => siteList(sp, siteUrl, 'MvoiReactions');
  const posts = itemWrites(sp, siteUrl, 'MvoiPractices', PRACTICE_QUERY, practiceItem);
  const commentWrites = itemWrites(sp, siteUrl, 'MvoiComments', COMMENT_QUERY, commentItem);
  const siteOrigin = new URL(siteUrl).origin;

  const readPage = async (items: ISPCollection): Promise<PageAnswer> =>
    (await items.using(withNextLink)()) as unknown as PageAnswer;

  const feedQuery = (filter: PracticeFilter, extra: string[] = []) => {
    const clauses = [...extra, ...filterClauses(filter)];
    const ordered = practices().items.orderBy('ID', false);
    return withQuery(
      clauses.length ? ordered.filter(clauses.join(' and ')) : ordered,
      PRACTICE_QUERY,
    );
  };

  /** Uploads under names of our own; returns what was stored, so a failure can be undone. */
  const upload = async (item: IItem, images: readonly ImageUpload[], already: number) => {
    const problem = checkImages(images, already);
    if (problem) throw new DataError('invalid', `images: ${problem.kind}`);
    const stored: string[] = [];
    const now = new Date();
    try {
      for (const [index, image] of images.entries()) {
        const type = sniffImageType(image.bytes);
        if (!type) throw new DataError('invalid', 'images: not-an-image');
        const name = storedImageName(type, index, now);
        await item.attachmentFiles.add(name, image.bytes.slice().buffer);
        stored.push(name);
      }
      return stored;
    } catch (error) {
      for (const name of stored) {
        await item.attachmentFiles
          .getByName(name)
          .delete()
          .catch(() => undefined);
      }
      throw await toDataError(error);
    }
  };

  const coordinatorsGroupId = async () =>
    (await sp.web.siteGroups.getByName(SITE_GROUPS.coordinators).select('Id')()).Id;

  /** Only the coordinators and the item's author (read) keep access. */
  const restrict = async (item: IItem, authorId: number | undefined, coordinators: number) => {
    await item.breakRoleInheritance(false, false);
    await item.roleAssignments.add(coordinators, ROLE_DEFINITIONS.fullControl);
    if (authorId !== undefined) await item.roleAssignments.add(authorId, ROLE_DEFINITIONS.read);
  };

  const findReactions = async (key: string) =>
    (await reactions()
      .items.filter(`ReactionKey eq '${key.replace(/'/g, "''")}'`)
      .select('Id')()) as { Id: number }[];

  return {
    page: (filter, cursor) =>
      guarded(async () => {
        let answer: PageAnswer;
        if (cursor) {
          // A cursor is only ever the nextLink this site gave: never send the token elsewhere.
          if (new URL(cursor).origin !== siteOrigin) throw new DataError('invalid', 'cursor');
          answer = await readPage(SPCollection([practices().items, cursor]));
        } else {
          answer = await readPage(feedQuery(filter).top(PRACTICES_PER_PAGE));
        }
        return { ...mapItems('MvoiPractices', answer.rows, practiceItem), cursor: answer.nextLink };
      }),

    pinned: (filter) =>
      guarded(async () => {
        const rows = (await feedQuery(filter, ['Pinned eq 1']).top(PINNED_MAX)()) as unknown[];
        return mapItems('MvoiPractices', rows, practiceItem);
      }),

    get: posts.get,

    create: async (command, images = []) => {
      const fields = practiceFields(validateCommand(practiceInputSchema, command));
      const problem = checkImages(images);
      if (problem) throw new DataError('invalid', `images: ${problem.kind}`);
      const created = await posts.create(fields);
      if (images.length === 0) return created;
      try {
        await upload(practices().items.getById(created.id), images, 0);
      } catch (error) {
        // Nothing half-written: the post goes again when its images could not be stored.
        await practices()
          .items.getById(created.id)
          .delete()
          .catch(() => undefined);
        throw await toDataError(error);
      }
      return posts.get(created.id);
    },

    update: async (id, command, version, images = {}) => {
      const fields = practiceFields(validateCommand(practiceInputSchema, command));
      const add = images.add ?? [];
      const remove = images.remove ?? [];
      const item = practices().items.getById(id);
      if (add.length) {
        const existing = (await item.attachmentFiles()).length;
        const problem = checkImages(add, existing - remove.length);
        if (problem) throw new DataError('invalid', `images: ${problem.kind}`);
      }
      const saved = await posts.update(id, fields, version);
      if (add.length === 0 && remove.length === 0) return saved;
      const existing = (await item.attachmentFiles()).length - remove.length;
      await upload(item, add, existing);
      try {
        for (const name of remove) await item.attachmentFiles.getByName(name).delete();
      } catch (error) {
        throw await toDataError(error);
      }
      return posts.get(id);
    },

    delete: posts.delete,

    images: (id) =>
      guarded(async () => {
        const files = await practices().items.getById(id).attachmentFiles.select('FileName')();
        return files.map((file) => ({ name: file.FileName }));
      }),

    imageBlob: (id, name) =>
      guarded(() => practices().items.getById(id).attachmentFiles.getByName(name).getBlob()),

    stats: (ids, userId) =>
      guarded(async () => {
        const result = new Map<number, PracticeStats>(ids.map((id) => [id, emptyStats()]));
        const range = idRange(ids);
        if (!range) return result;
        const [reactionRows, commentRows] = await Promise.all([
          readAll(reactions().items.filter(range).select('PracticeId', 'Reaction', 'AuthorId')),
          readAll(comments().items.filter(range).select('PracticeId')),
        ]);
        for (const row of reactionRows as {
          PracticeId: number;
          Reaction: string;
          AuthorId: number;
        }[]) {
          const stats = result.get(row.PracticeId);
          const kind = reactionKindOf(row.Reaction);
          if (!stats || !kind) continue;
          stats.reactions[kind]++;
          if (row.AuthorId === userId && !stats.mine.includes(kind)) stats.mine.push(kind);
        }
        for (const row of commentRows as { PracticeId: number }[]) {
          const stats = result.get(row.PracticeId);
          if (stats) stats.comments++;
        }
        return result;
      }),

    react: (id, kind, userId) =>
      guarded(async () => {
        const key = reactionKey(id, userId, kind);
        try {
          await reactions().items.add({
            Title: kind,
            PracticeId: id,
            Reaction: storedReaction(kind),
            ReactionKey: key,
          });
        } catch (error) {
          // SharePoint's unique key refused a second one (another tab, a double click): it is there.
          if ((await findReactions(key)).length > 0) return;
          throw error;
        }
      }),

    unreact: (id, kind, userId) =>
      guarded(async () => {
        for (const row of await findReactions(reactionKey(id, userId, kind))) {
          try {
            await reactions().items.getById(row.Id).delete();
          } catch (error) {
            if ((error as { status?: number }).status !== 404) throw error;
          }
        }
      }),

    comments: (id) =>
      guarded(() =>
        readMapped(
          'MvoiComments',
          comments().items.filter(`PracticeId eq ${id}`).orderBy('ID', true),
          COMMENT_QUERY,
          commentItem,
        ),
      ),

    addComment: async (id, input) => {
      const { body } = validateCommand(commentInputSchema, input);
      return commentWrites.create({ Title: '', PracticeId: id, Body: body });
    },

    updateComment: async (commentId, input, version) => {
      const { body } = validateCommand(commentInputSchema, input);
      return commentWrites.update(commentId, { Body: body }, version);
    },

    deleteComment: commentWrites.delete,

    setPinned: (id, pinned, version) => posts.update(id, { Pinned: pinned ? 1 : 0 }, version),

    setHidden: async (id, hidden, version) => {
      // A stale moderation is a conflict and changes nothing; permissions go first, so someone who
      // may not change them (403) writes nothing either.
      const current = await posts.get(id);
      if (current.version !== version) {
        throw new DataError('conflict', 'The post changed since it was read.', { current });
      }
      const targetsOf = async () => {
        const postComments = (await readAll(
          comments().items.filter(`PracticeId eq ${id}`).select('Id', 'AuthorId'),
        )) as { Id: number; AuthorId: number }[];
        const targets: [IItem, number | undefined][] = [
          [practices().items.getById(id), current.author?.id],
          ...postComments.map((row): [IItem, number] => [
            comments().items.getById(row.Id),
            row.AuthorId,
          ]),
        ];
        return targets;
      };
      const apply = (restricted: boolean) =>
        guarded(async () => {
          const targets = await targetsOf();
          if (restricted) {
            const coordinators = await coordinatorsGroupId();
            for (const [item, authorId] of targets) await restrict(item, authorId, coordinators);
          } else {
            for (const [item] of targets) await item.resetRoleInheritance();
          }
        });
      await apply(hidden);
      try {
        return await posts.update(id, { Hidden: hidden ? 1 : 0 }, version);
      } catch (error) {
        await apply(!hidden).catch(() => undefined);
        throw error;
      }
    },

    search: (text, page = 0) =>
      guarded(async () => {
        const words = kqlWords(text);
        if (!words) return { hits: [], total: 0, nextPage: undefined };
        const postsUrl = `${siteOrigin}${listUrl(siteUrl, 'MvoiPractices')}`;
        const commentsUrl = `${siteOrigin}${listUrl(siteUrl, 'MvoiComments')}`;
        const results = await sp.search({
          Querytext: `${words} (path:"${postsUrl}" OR path:"${commentsUrl}")`,
          SelectProperties: ['Title', 'Path', 'ListItemID', 'HitHighlightedSummary'],
          RowLimit: SEARCH_ROWS,
          StartRow: page * SEARCH_ROWS,
          TrimDuplicates: false,
        });
        const rows = (results.PrimarySearchResults ?? []) as unknown as Record<string, unknown>[];
        const found = rows.map((row) => ({
          id: Number(row.ListItemID),
          inComments: String(row.Path ?? '')
            .toLowerCase()
            .startsWith(commentsUrl.toLowerCase()),
          summary: String(row.HitHighlightedSummary ?? ''),
        }));
        const commentIds = found.filter((hit) => hit.inComments).map((hit) => hit.id);
        const practiceOfComment = new Map<number, number>();
        if (commentIds.length) {
          const filter = commentIds.map((id) => `Id eq ${id}`).join(' or ');
          const rowsOf = (await comments().items.filter(filter).select('Id', 'PracticeId')()) as {
            Id: number;
            PracticeId: number;
          }[];
          for (const row of rowsOf) practiceOfComment.set(row.Id, row.PracticeId);
        }
        const practiceIds = [
          ...new Set(found.map((hit) => (hit.inComments ? practiceOfComment.get(hit.id) : hit.id))),
        ].filter((id): id is number => id !== undefined && Number.isInteger(id));
        const titles = new Map<number, string>();
        if (practiceIds.length) {
          const filter = practiceIds.map((id) => `Id eq ${id}`).join(' or ');
          const rowsOf = (await practices().items.filter(filter).select('Id', 'Title')()) as {
            Id: number;
            Title: string;
          }[];
          for (const row of rowsOf) titles.set(row.Id, row.Title);
        }
        const hits: PracticeSearchHit[] = [];
        for (const hit of found) {
          const practiceId = hit.inComments ? practiceOfComment.get(hit.id) : hit.id;
          const title = practiceId === undefined ? undefined : titles.get(practiceId);
          // A post the reader may not open (hidden) is not a result, even via a comment.
          if (practiceId === undefined || title === undefined) continue;
          hits.push({
            practiceId,
            title,
            summary: hit.summary,
            foundIn: hit.inComments ? 'comment' : 'post',
          });
        }
        const total = results.TotalRows;
        return {
          hits,
          total,
          nextPage: (page + 1) * SEARCH_ROWS < total ? page + 1 : undefined,
        };
      }),
  };
}
