import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import type { LinkedPracticesProps } from '../../../ui/linked-practices';
import { useFeed } from '../api/practice-queries';
import { feedPathOf } from '../practice-filters';

/** How many titles a theme, pilot or action shows; the rest is one click away in the feed. */
export const LINKED_TITLES = 3;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * The newest posts linked to a theme, pilot or action. It reads the feed's own first page, so
 * the filtered feed behind the link opens from the cache.
 */
export function LinkedPracticesList({ filter, headingLevel = 2 }: LinkedPracticesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const styles = useStyles();
  const feed = useFeed(filter);
  const newest = feed.data?.pages[0]?.items.slice(0, LINKED_TITLES) ?? [];
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as={`h${headingLevel}`} id={headingId}>
        {t('practices.linked.heading')}
      </Subtitle2>
      {feed.isPending ? (
        <Caption1>{t('practices.linked.loading')}</Caption1>
      ) : feed.isError ? (
        <Caption1>{t('practices.linked.error')}</Caption1>
      ) : newest.length === 0 ? (
        <Caption1>{t('practices.linked.none')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {newest.map((practice) => (
            <li key={practice.id}>
              <AppLink to={`/practices/${practice.id}`}>{practice.title}</AppLink>
            </li>
          ))}
        </ul>
      )}
      <AppLink to={feedPathOf(filter)}>{t('practices.linked.all')}</AppLink>
    </section>
  );
}
