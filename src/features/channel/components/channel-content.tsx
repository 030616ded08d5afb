import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../../host/host-context';

const useStyles = makeStyles({
  region: { padding: tokens.spacingHorizontalL },
});

/** A channel tab whose URL and entity id name no view it knows: it says so. */
export function ChannelContent() {
  const host = useHost();
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();

  // Nothing to load: the tab is shown as soon as it renders.
  useEffect(() => host.notifyLoaded(), [host]);

  return (
    <section className={styles.region} aria-labelledby={headingId}>
      <h1 id={headingId}>{t('channel.notConfigured')}</h1>
    </section>
  );
}
