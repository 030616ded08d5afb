import {
  Body1,
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../ui/download-file';
import { useSearchState } from '../../../ui/use-search-state';
import { calendarDateIn } from '../../../domain/calendar-date';
import {
  PROCUREMENT_KINDS,
  PROCUREMENT_STATUSES,
  type Procurement,
} from '../../../domain/procurement';
import type { ImportColumn } from '../../../domain/procurement-import';
import { useNow } from '../../../ui/clock';
import { CardsSkeleton, LoadError, useErrorText } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { usePlan } from '../../../ui/use-plan';
import { useProcurements } from '../api/use-procurements';
import { useThresholds } from '../api/use-thresholds';
import {
  applyFilter,
  assessAll,
  filterFromParams,
  paramsOf,
  sortForCalendar,
  valueBands,
  type ProcurementFilter,
} from '../procurement-view';
import { ImportDialog } from './import-dialog';
import { OpportunityMap } from './opportunity-map';
import { ProcurementDialog } from './procurement-dialog';
import { ProcurementTable } from './procurement-table';
import { ToolLinks } from './tool-links';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
});

const COLUMN_HELP = {
  Titel: 'title',
  Afdeling: 'department',
  'Geschatte waarde': 'value',
  'Publicatie (kwartaal)': 'publication',
  Soort: 'kind',
  "Thema's": 'themes',
  Status: 'status',
  Pilot: 'pilot',
  Kenmerk: 'key',
} as const satisfies Record<ImportColumn, string>;

type DialogTarget =
  { kind: 'create' } | { kind: 'edit'; procurement: Procurement } | { kind: 'import' };

/** The procurement calendar: each planned procurement with its MVOI flags and gaps, and the kansenkaart. */
export function ProcurementsPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const errorText = useErrorText();
  const plan = usePlan();
  const user = useCurrentUser();
  const procurements = useProcurements();
  const thresholds = useThresholds();
  const today = calendarDateIn(useNow());
  const [params, updateParams] = useSearchState();
  const [dialog, setDialog] = useState<DialogTarget>();
  const [announcement, setAnnouncement] = useState('');
  const [templateError, setTemplateError] = useState<unknown>();
  const isCoordinator = user.data?.isCoordinator === true;
  const filter = filterFromParams(params);
  const view = params.get('view') === 'map' ? 'map' : 'calendar';
  const setFilter = (changes: Partial<ProcurementFilter>) =>
    updateParams((current) => paramsOf({ ...filterFromParams(current), ...changes }, current), {
      replace: true,
    });

  const downloadTemplate = async () => {
    setTemplateError(undefined);
    try {
      const workbook = await import('../import/procurement-workbook');
      const blob = await workbook.buildProcurementTemplate(
        (column: ImportColumn) => t(`procurements.template.columns.${COLUMN_HELP[column]}`),
        { calendar: t('procurements.template.sheet'), help: t('procurements.template.helpSheet') },
      );
      downloadFile(blob, t('procurements.template.fileName'));
    } catch (error) {
      setTemplateError(error);
    }
  };

  const loading = plan.isPending || procurements.isPending || thresholds.isPending;
  const failed = plan.isError
    ? plan
    : procurements.isError
      ? procurements
      : thresholds.isError
        ? thresholds
        : undefined;

  let content;
  if (loading) content = <CardsSkeleton count={3} />;
  else if (failed) {
    content = <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (plan.data && procurements.data && thresholds.data) {
    const themes = plan.data.themes;
    const all = assessAll(procurements.data.items, thresholds.data, today);
    const shown = sortForCalendar(applyFilter(all, filter));
    content = (
      <>
        {procurements.data.problems.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t('procurements.problems', { count: procurements.data.problems.length })}
            </MessageBarBody>
          </MessageBar>
        )}
        <TabList
          selectedValue={view}
          onTabSelect={(_, data) =>
            updateParams(
              (next) => {
                if (data.value === 'map') next.set('view', 'map');
                else next.delete('view');
                return next;
              },
              { replace: true },
            )
          }
        >
          <Tab value="calendar">{t('procurements.tabs.calendar')}</Tab>
          <Tab value="map">{t('procurements.tabs.map')}</Tab>
        </TabList>
        <div className={styles.filters} role="group" aria-label={t('procurements.filters.label')}>
          <Field label={t('procurements.fields.kind')}>
            <Select
              value={filter.kind ?? ''}
              onChange={(_, data) =>
                setFilter({ kind: PROCUREMENT_KINDS.find((kind) => kind === data.value) })
              }
            >
              <option value="">{t('procurements.filters.all')}</option>
              {PROCUREMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`procurements.kinds.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('procurements.fields.themes')}>
            <Select
              value={filter.themeId === undefined ? '' : String(filter.themeId)}
              onChange={(_, data) =>
                setFilter({ themeId: data.value ? Number(data.value) : undefined })
              }
            >
              <option value="">{t('procurements.filters.all')}</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('procurements.fields.status')}>
            <Select
              value={filter.status ?? ''}
              onChange={(_, data) =>
                setFilter({ status: PROCUREMENT_STATUSES.find((status) => status === data.value) })
              }
            >
              <option value="">{t('procurements.filters.all')}</option>
              {PROCUREMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`procurements.statuses.${status}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('procurements.fields.isPilot')}>
            <Select
              value={filter.pilot ?? ''}
              onChange={(_, data) =>
                setFilter({
                  pilot: data.value === 'yes' || data.value === 'no' ? data.value : undefined,
                })
              }
            >
              <option value="">{t('procurements.filters.all')}</option>
              <option value="yes">{t('procurements.filters.pilotsOnly')}</option>
              <option value="no">{t('procurements.filters.noPilots')}</option>
            </Select>
          </Field>
          <Checkbox
            checked={filter.gapsOnly}
            onChange={(_, data) => setFilter({ gapsOnly: data.checked === true })}
            label={t('procurements.filters.gapsOnly')}
          />
        </div>
        <Text role="status">
          {t('procurements.shown', { shown: shown.length, total: all.length })}
        </Text>
        {all.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>
              {isCoordinator ? t('procurements.emptyCoordinator') : t('procurements.empty')}
            </MessageBarBody>
          </MessageBar>
        ) : shown.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>{t('procurements.noMatches')}</MessageBarBody>
          </MessageBar>
        ) : view === 'map' ? (
          <OpportunityMap rows={shown} themes={themes} bands={valueBands(thresholds.data, today)} />
        ) : (
          <ProcurementTable
            rows={shown}
            themes={themes}
            onEdit={
              isCoordinator ? (procurement) => setDialog({ kind: 'edit', procurement }) : undefined
            }
          />
        )}
      </>
    );
  }

  return (
    <section className={styles.page} aria-labelledby="procurements-heading">
      <div className={styles.header}>
        <Title2 as="h1" id="procurements-heading">
          {t('procurements.heading')}
        </Title2>
        {isCoordinator && plan.data && procurements.data && (
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('procurements.new')}
            </Button>
            <Button icon={<ArrowUploadRegular />} onClick={() => setDialog({ kind: 'import' })}>
              {t('procurements.import.open')}
            </Button>
            <Button icon={<ArrowDownloadRegular />} onClick={() => void downloadTemplate()}>
              {t('procurements.template.download')}
            </Button>
          </div>
        )}
      </div>
      <Body1>{t('procurements.intro')}</Body1>
      <ToolLinks />
      {/* What a save or an import did: shown, and read out without moving the focus. */}
      <div role="status" aria-live="polite" aria-atomic>
        {announcement && (
          <MessageBar intent="success">
            <MessageBarBody>{announcement}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {templateError !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('procurements.template.failed')} {errorText(templateError)}
          </MessageBarBody>
        </MessageBar>
      )}
      {content}
      {plan.data && procurements.data && dialog?.kind === 'import' && (
        <ImportDialog
          stored={procurements.data.items}
          themes={plan.data.themes}
          onClose={() => setDialog(undefined)}
          onDone={(message) => {
            setDialog(undefined);
            setAnnouncement(message);
          }}
        />
      )}
      {plan.data && (dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ProcurementDialog
          procurement={dialog.kind === 'edit' ? dialog.procurement : undefined}
          themes={plan.data.themes}
          onClose={() => setDialog(undefined)}
          onDone={(message) => {
            setDialog(undefined);
            setAnnouncement(message);
          }}
        />
      )}
    </section>
  );
}
