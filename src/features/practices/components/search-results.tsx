import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { useSearch } from '../api/practice-queries';
import { snippetParts } from '../highlight';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  snippet: { display: 'block', overflowWrap: 'anywhere' },
  hit: { backgroundColor: tokens.colorPaletteYellowBackground2, color: 'inherit' },
});

/** A snippet as text, its hits in <mark>: SharePoint's tags never reach the DOM as HTML. */
export function Snippet({ summary }: { summary: string }) {
  const styles = useStyles();
  return (
    <Text className={styles.snippet}>
      {snippetParts(summary).map((part, index) =>
        part.hit ? (
          <mark key={index} className={styles.hit}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

export function SearchResults({ query }: { query: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const search = useSearch(query);
  if (search.isPending) return <CardsSkeleton count={3} />;
  if (search.isError)
    return <LoadError error={search.error} onRetry={() => void search.refetch()} />;
  const hits = search.data.pages.flatMap((page) => page.hits);
  const total = search.data.pages[0]?.total ?? 0;
  return (
    <section aria-live="polite">
      <Text as="p" weight="semibold">
        {total === 0
          ? t('practices.search.none', { query })
          : t('practices.search.results', { count: total, query })}
      </Text>
      <MessageBar intent="info">
        <MessageBarBody>{t('practices.search.delay')}</MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {hits.map((hit, index) => (
          <li key={`${hit.practiceId}-${index}`}>
            <AppLink to={`/practices/${hit.practiceId}`}>{hit.title}</AppLink>
            {hit.foundIn === 'comment' && <Caption1> · {t('practices.search.inComment')}</Caption1>}
            <Snippet summary={hit.summary} />
          </li>
        ))}
      </ul>
      {search.hasNextPage && (
        <Button disabled={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
          {t('practices.search.more')}
        </Button>
      )}
    </section>
  );
}
