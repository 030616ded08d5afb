import {
  Body1,
  Button,
  Field,
  makeStyles,
  SearchBox,
  Spinner,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchState } from '../../../ui/use-search-state';
import type { Practice } from '../../../domain/practice';
import { LiveRegion } from '../../../ui/live-region';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { useFeed, usePinned, useStats } from '../api/practice-queries';
import { filterFromSearch, isFiltered, searchWithFilter } from '../practice-filters';
import { PracticeCard } from './practice-card';
import { PracticeEditor } from './practice-editor';
import { PracticeFiltersBar } from './practice-filters-bar';
import { SearchResults } from './search-results';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '880px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
});

type EditorTarget = { kind: 'create' } | { kind: 'edit'; practice: Practice } | undefined;

/** "Goede voorbeelden": pinned posts above, then the newest first, 20 per page. */
export function PracticesPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [params, updateParams] = useSearchState();
  const filter = useMemo(() => filterFromSearch(params), [params]);
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  const [message, setMessage] = useState('');
  const [editor, setEditor] = useState<EditorTarget>();
  const user = useCurrentUser();
  const feed = useFeed(filter);
  const pinned = usePinned(filter);

  const pinnedItems = pinned.data?.items ?? [];
  const pinnedIds = new Set(pinnedItems.map((practice) => practice.id));
  const items = (feed.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((practice) => !pinnedIds.has(practice.id));
  const shown = [...pinnedItems, ...items];
  // One stats query per set of posts shown, however often the page renders.
  const idKey = shown.map((practice) => practice.id).join(',');
  const ids = useMemo(() => (idKey ? idKey.split(',').map(Number) : []), [idKey]);
  const stats = useStats(ids, user.data?.id);

  const search = (text: string) =>
    updateParams((next) => {
      if (text.trim()) next.set('q', text.trim());
      else next.delete('q');
      return next;
    });

  const card = (practice: Practice) => (
    <li key={practice.id}>
      <PracticeCard
        practice={practice}
        stats={stats.data?.get(practice.id)}
        user={user.data}
        onEdit={(chosen) => setEditor({ kind: 'edit', practice: chosen })}
        onMessage={setMessage}
      />
    </li>
  );

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <div>
          <Title2 as="h1">{t('practices.title')}</Title2>
          <Body1 as="p">{t('practices.intro')}</Body1>
        </div>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          onClick={() => setEditor({ kind: 'create' })}
        >
          {t('practices.newPost')}
        </Button>
      </div>
      <form
        role="search"
        className={styles.search}
        onSubmit={(event) => {
          event.preventDefault();
          search(draft);
        }}
      >
        <Field label={t('practices.search.label')}>
          <SearchBox
            value={draft}
            placeholder={t('practices.search.placeholder')}
            onChange={(_, data) => {
              setDraft(data.value);
              if (data.value === '') search('');
            }}
          />
        </Field>
        <Button type="submit">{t('practices.search.submit')}</Button>
      </form>
      {query ? (
        <SearchResults query={query} />
      ) : (
        <>
          <PracticeFiltersBar
            filter={filter}
            onChange={(next) => updateParams((current) => searchWithFilter(current, next))}
          />
          {feed.isPending ? (
            <CardsSkeleton count={3} />
          ) : feed.isError ? (
            <LoadError error={feed.error} onRetry={() => void feed.refetch()} />
          ) : shown.length === 0 ? (
            <Text as="p">
              {isFiltered(filter) ? t('practices.emptyFiltered') : t('practices.empty')}
            </Text>
          ) : (
            <>
              {pinnedItems.length > 0 && (
                <section aria-labelledby="practices-pinned">
                  <Subtitle2 as="h2" id="practices-pinned">
                    {t('practices.pinned')}
                  </Subtitle2>
                  <ul className={styles.list}>{pinnedItems.map(card)}</ul>
                </section>
              )}
              <ul className={styles.list} aria-label={t('practices.title')}>
                {items.map(card)}
              </ul>
              {feed.isFetchingNextPage && (
                <Spinner size="small" label={t('practices.loadingMore')} />
              )}
              {feed.hasNextPage && !feed.isFetchingNextPage && (
                <Button onClick={() => void feed.fetchNextPage()}>{t('practices.loadMore')}</Button>
              )}
            </>
          )}
        </>
      )}
      {editor && (
        <PracticeEditor
          practice={editor.kind === 'edit' ? editor.practice : undefined}
          defaults={filter}
          onClose={() => setEditor(undefined)}
          onSaved={(saved) => setMessage(saved)}
        />
      )}
      <LiveRegion message={message} />
    </div>
  );
}
