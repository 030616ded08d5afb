import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHost } from '../../../host/host-context';
import { channelViewFromEntityId, channelViewFromSearch } from '../channel-view';

const useStyles = makeStyles({
  region: { padding: tokens.spacingHorizontalL },
});

/**
 * A configured channel tab. It reads its choice from its URL, or else from the entity id Teams
 * passes back; the deadline overview and the board will render here.
 */
export function ChannelContent() {
  const host = useHost();
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [params] = useSearchParams();
  const view = channelViewFromSearch(params) ?? channelViewFromEntityId(host.page.id);

  // Nothing to load yet: the tab is shown as soon as it renders.
  useEffect(() => host.notifyLoaded(), [host]);

  const title = !view
    ? t('channel.notConfigured')
    : view.view === 'deadlines'
      ? t('channel.views.deadlines')
      : t('channel.tabNames.board', { theme: t(`themeNames.${view.theme}`) });
  return (
    <section
      className={styles.region}
      aria-labelledby={headingId}
      data-view={view?.view}
      data-theme-key={view?.view === 'board' ? view.theme : undefined}
    >
      <h1 id={headingId}>{title}</h1>
      {view && <p>{t('channel.placeholder')}</p>}
    </section>
  );
}
