import { Button, Persona, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LocalSession } from '../../../host/host';
import { useHost } from '../../../host/host-context';
import { useLocalIdentity } from '../use-local-identity';

const useStyles = makeStyles({
  badge: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The header's "who am I": the signed-in person and, in local mode, a way to switch. */
export function IdentityBadge() {
  const host = useHost();
  if (host.session?.method === 'local') return <LocalBadge session={host.session} />;
  const user = host.user;
  return user ? <Persona name={user.displayName} secondaryText={user.login} size="small" /> : null;
}

function LocalBadge({ session }: { session: LocalSession }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const current = useLocalIdentity(session);
  if (!current) return null;
  return (
    <div className={styles.badge}>
      <Persona
        name={current.title}
        secondaryText={
          current.themeKey
            ? t('identity.ownerOf', { theme: t(`themeNames.${current.themeKey}`) })
            : t(`identity.roles.${current.role}`)
        }
        size="small"
      />
      <Button onClick={() => session.clear()}>{t('identity.switch')}</Button>
    </div>
  );
}
