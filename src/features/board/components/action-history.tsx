import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../domain/action-history';
import { calendarDateIn } from '../../../domain/calendar-date';
import { formatTiming, parseTiming } from '../../../domain/timing';
import { useFormatDate } from '../../../ui/format-date';
import { LoadError } from '../../../ui/query-states';
import { useActionHistory } from '../api/get-action-history';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  stamp: { color: tokens.colorNeutralForeground2 },
});

const HISTORY = 'history';

/** What happened to the action (timing moves, status and owner changes, who and when), newest last. */
export function ActionHistory({ actionId }: { actionId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useActionHistory(actionId, open);
  return (
    <Accordion collapsible onToggle={(_, data) => setOpen(data.openItems.includes(HISTORY))}>
      <AccordionItem value={HISTORY}>
        <AccordionHeader as="h3">{t('actionHistory.heading')}</AccordionHeader>
        <AccordionPanel>
          {history.isError ? (
            <LoadError error={history.error} onRetry={() => void history.refetch()} />
          ) : !history.data ? (
            <Spinner size="tiny" labelPosition="after" label={t('actionHistory.loading')} />
          ) : history.data.length === 0 ? (
            <Caption1>{t('actionHistory.empty')}</Caption1>
          ) : (
            <HistoryList entries={history.data} />
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function HistoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const formatDate = useFormatDate();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const timing = (text: string) =>
    text ? formatTiming(parseTiming(text), locale) : t('actionHistory.noTiming');
  const what = (entry: HistoryEntry): string => {
    switch (entry.kind) {
      case 'created':
        return t('actionHistory.created');
      case 'timing':
        return t('actionHistory.timing', { from: timing(entry.from), to: timing(entry.to) });
      case 'plan-year':
        return t('actionHistory.planYear', {
          from: entry.from ?? t('actionHistory.noYear'),
          to: entry.to ?? t('actionHistory.noYear'),
        });
      case 'status':
        return t('actionHistory.status', {
          from: t(`status.${entry.from}`),
          to: t(`status.${entry.to}`),
        });
      case 'owner':
        return t('actionHistory.owner', {
          from: entry.from ?? t('actionHistory.nobody'),
          to: entry.to ?? t('actionHistory.nobody'),
        });
      case 'closed':
        return entry.outcome === 'carried'
          ? t('actionHistory.closedCarried')
          : t('actionHistory.closedStopped', { reason: entry.reason });
      case 'carried':
        return t('actionHistory.carried', {
          from: timing(entry.from),
          to: timing(entry.to),
          toYear: entry.toYear ?? t('actionHistory.noYear'),
        });
    }
  };
  return (
    <ol className={styles.list}>
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${entry.kind}-${index}`}>
          <Text>{what(entry)}</Text>{' '}
          <Caption1 className={styles.stamp}>
            (
            {t('actionHistory.by', {
              name: entry.by?.name || t('actionHistory.unknownPerson'),
              date: formatDate(calendarDateIn(new Date(entry.at))),
            })}
            )
          </Caption1>
        </li>
      ))}
    </ol>
  );
}
