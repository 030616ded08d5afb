import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../domain/theme';
import { useCurrentUser } from '../../../ui/use-current-user';
import { ThemeDialog } from './theme-dialog';

/** "Thema bewerken": for coordinators only, as SharePoint lets only them change a theme. */
export function ThemeEditButton({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  if (!user.data?.isCoordinator) return null;
  return (
    <>
      <div>
        <Button icon={<EditRegular />} onClick={() => setOpen(true)}>
          {t('structure.theme.edit')}
        </Button>
      </div>
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {open && (
        <ThemeDialog
          theme={theme}
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setOpen(false);
            setSaved(message);
          }}
        />
      )}
    </>
  );
}
