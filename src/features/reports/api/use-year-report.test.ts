import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../domain/action-history';
import type { Practice } from '../../../domain/practice';
import type { Repositories } from '../../../data/repositories';
import { readPracticesUpTo, readYearEndStatuses } from './use-year-report';

const by = { id: 7, name: 'Joris Hermans' };

function withHistories(histories: Record<number, HistoryEntry[] | Error>): Repositories {
  return {
    actions: {
      history: async (id: number) => {
        const history = histories[id];
        if (history instanceof Error) throw history;
        return history ?? [];
      },
    },
  } as unknown as Repositories;
}

describe('readYearEndStatuses', () => {
  it('reads each action’s status on 31 December and counts the histories it could not read', async () => {
    const repositories = withHistories({
      1: [{ kind: 'status', at: '2026-01-05T09:00:00Z', by, from: 'in-progress', to: 'done' }],
      2: [{ kind: 'status', at: '2025-05-05T09:00:00Z', by, from: 'not-started', to: 'blocked' }],
      3: new Error('throttled'),
    });
    const { statuses, missing } = await readYearEndStatuses(repositories, 2025, [
      { id: 1, status: 'done' },
      { id: 2, status: 'blocked' },
      { id: 3, status: 'done' },
    ]);
    expect([...statuses]).toEqual([
      [1, 'in-progress'],
      [2, 'blocked'],
    ]);
    expect(missing).toBe(1);
  });
});

function practice(id: number, created: string): Practice {
  return {
    id,
    title: `Voorbeeld ${id}`,
    body: '',
    themeIds: [1],
    pilotId: undefined,
    actionId: undefined,
    author: undefined,
    created,
    pinned: false,
    hidden: false,
    hasImages: false,
    version: '1',
  };
}

describe('readPracticesUpTo', () => {
  it('pages through the feed, newest first, until it reaches back before the year', async () => {
    const pages: Record<string, { items: Practice[]; cursor: string | undefined }> = {
      first: { items: [practice(5, '2026-03-01T10:00:00Z')], cursor: 'second' },
      second: {
        items: [practice(4, '2025-06-01T10:00:00Z'), practice(3, '2024-11-01T10:00:00Z')],
        cursor: 'third',
      },
      third: { items: [practice(2, '2024-01-01T10:00:00Z')], cursor: undefined },
    };
    const asked: string[] = [];
    const repositories = {
      practices: {
        page: async (_: unknown, cursor?: string) => {
          asked.push(cursor ?? 'first');
          return { ...pages[cursor ?? 'first'], problems: [] };
        },
      },
    } as unknown as Repositories;
    const read = await readPracticesUpTo(repositories, 2025);
    expect(read.map((item) => item.id)).toEqual([5, 4, 3]);
    expect(asked).toEqual(['first', 'second']);
  });
});
