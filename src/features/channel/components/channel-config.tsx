import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_KEYS, isThemeKey, type ThemeKey } from '../../../domain/theme';
import { useHost } from '../../../host/host-context';
import {
  channelViewFromEntityId,
  contentPathOf,
  entityIdOf,
  type ChannelView,
} from '../channel-view';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '32rem',
    padding: tokens.spacingHorizontalL,
  },
});

/** The channel tab's settings page: the coordinator picks what the tab shows, Teams saves it. */
export function ChannelConfig() {
  const host = useHost();
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const configurator = host.tabConfigurator;
  // Reconfiguring an existing tab opens on its current choice.
  const initial = channelViewFromEntityId(host.page.id);
  const [kind, setKind] = useState<ChannelView['view'] | undefined>(initial?.view);
  const [theme, setTheme] = useState<ThemeKey | undefined>(
    initial?.view === 'board' ? initial.theme : undefined,
  );

  useEffect(() => host.notifyLoaded(), [host]);

  useEffect(() => {
    if (!configurator) return;
    const view: ChannelView | undefined =
      kind === 'deadlines'
        ? { view: 'deadlines' }
        : kind === 'board' && theme
          ? { view: 'board', theme }
          : undefined;
    configurator.setValid(view !== undefined);
    if (!view) return;
    configurator.onSave(() => ({
      entityId: entityIdOf(view),
      contentPath: contentPathOf(view),
      displayName:
        view.view === 'deadlines'
          ? t('channel.tabNames.deadlines')
          : t('channel.tabNames.board', { theme: t(`themeNames.${view.theme}`) }),
    }));
  }, [configurator, kind, theme, t]);

  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <h1 id={headingId}>{t('channel.configHeading')}</h1>
      {configurator ? (
        <p>{t('channel.configIntro')}</p>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t('channel.onlyInTeams')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('channel.viewLabel')}>
        <RadioGroup
          value={kind ?? ''}
          onChange={(_, data) => setKind(data.value === 'board' ? 'board' : 'deadlines')}
        >
          <Radio value="deadlines" label={t('channel.views.deadlines')} />
          <Radio value="board" label={t('channel.views.board')} />
        </RadioGroup>
      </Field>
      {kind === 'board' && (
        <Field label={t('channel.themeLabel')} hint={t('channel.chooseTheme')} required>
          <Select
            value={theme ?? ''}
            onChange={(_, data) => setTheme(isThemeKey(data.value) ? data.value : undefined)}
          >
            <option value="" disabled>
              {t('channel.themePlaceholder')}
            </option>
            {THEME_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`themeNames.${key}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </section>
  );
}
