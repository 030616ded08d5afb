import { Button } from '@fluentui/react-components';
import { LinkRegular, ShareRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { subPageIdOf } from '../../../host/deep-link';
import { useHost } from '../../../host/host-context';
import type { Practice } from '../../../domain/practice';

/**
 * Copy link: in Teams the host shows the post's deep link (`practice-N`); in a browser the page's
 * own address goes to the clipboard. "Delen in Teams" only where the host can share.
 */
export function ShareButtons({
  practice,
  onMessage,
}: {
  practice: Practice;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const webUrl = new URL(`/practices/${practice.id}`, location.origin).href;
  const copy = async () => {
    if (host.sharing) {
      await host.sharing.shareDeepLink(
        subPageIdOf({ kind: 'practice', id: practice.id }),
        practice.title,
        webUrl,
      );
      return;
    }
    try {
      await navigator.clipboard.writeText(webUrl);
      onMessage(t('practices.share.copied'));
    } catch {
      onMessage(t('practices.share.copyFailed', { link: webUrl }));
    }
  };
  const shareToTeams = host.sharing?.shareToTeams;
  return (
    <>
      <Button size="small" appearance="subtle" icon={<LinkRegular />} onClick={() => void copy()}>
        {t('practices.share.copy')}
      </Button>
      {shareToTeams && (
        <Button
          size="small"
          appearance="subtle"
          icon={<ShareRegular />}
          onClick={() => void shareToTeams(webUrl, practice.title)}
        >
          {t('practices.share.teams')}
        </Button>
      )}
    </>
  );
}
