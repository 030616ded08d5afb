import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { PracticeFilter } from '../../../domain/practice';
import type { Repositories } from '../../../data/repositories';
import { useRepositories } from '../../../ui/repositories-context';

export const practiceKeys = {
  all: ['practices'] as const,
  feed: (filter: PracticeFilter) => ['practices', 'feed', filter] as const,
  pinned: (filter: PracticeFilter) => ['practices', 'pinned', filter] as const,
  one: (id: number) => ['practices', 'one', id] as const,
  stats: (ids: readonly number[], userId: number) => ['practices', 'stats', userId, ids] as const,
  comments: (id: number) => ['practices', 'comments', id] as const,
  images: (id: number) => ['practices', 'images', id] as const,
  image: (id: number, name: string) => ['practices', 'image', id, name] as const,
  search: (text: string) => ['practices', 'search', text] as const,
};

/** The feed, page by page: each page knows the cursor (SharePoint's nextLink) of the next. */
export function useFeed(filter: PracticeFilter) {
  const repositories = useRepositories();
  return useInfiniteQuery({
    queryKey: practiceKeys.feed(filter),
    queryFn: ({ pageParam }) => repositories.practices.page(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor,
  });
}

export function usePinned(filter: PracticeFilter) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: practiceKeys.pinned(filter),
    queryFn: () => repositories.practices.pinned(filter),
  });
}

export function practiceQuery(repositories: Repositories, id: number) {
  return queryOptions({
    queryKey: practiceKeys.one(id),
    queryFn: () => repositories.practices.get(id),
    retry: false,
  });
}

export function usePractice(id: number) {
  return useQuery(practiceQuery(useRepositories(), id));
}

/** Reactions and comment counts of the posts shown, read together. */
export function useStats(ids: readonly number[], userId: number | undefined) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: practiceKeys.stats(ids, userId ?? 0),
    queryFn: () => repositories.practices.stats(ids, userId ?? 0),
    enabled: userId !== undefined && ids.length > 0,
  });
}

export function useComments(id: number) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: practiceKeys.comments(id),
    queryFn: () => repositories.practices.comments(id),
  });
}

export function useImages(id: number, enabled: boolean) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: practiceKeys.images(id),
    queryFn: () => repositories.practices.images(id),
    enabled,
  });
}

/**
 * An image's bytes, fetched with the user's token: SharePoint's image URLs need a browser session
 * a Teams client does not have. The component turns them into a blob URL it revokes.
 */
export function useImageBlob(id: number, name: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: practiceKeys.image(id, name),
    queryFn: () => repositories.practices.imageBlob(id, name),
    staleTime: Infinity,
  });
}

export function useSearch(text: string) {
  const repositories = useRepositories();
  return useInfiniteQuery({
    queryKey: practiceKeys.search(text),
    queryFn: ({ pageParam }) => repositories.practices.search(text, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextPage,
    enabled: text.trim() !== '',
  });
}
