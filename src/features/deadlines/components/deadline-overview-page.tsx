import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { FilterDismissRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ACTION_STATUSES } from '../../../domain/action';
import { calendarDateIn } from '../../../domain/calendar-date';
import { DEADLINE_SECTIONS, type DeadlineSection } from '../../../domain/deadline-sections';
import { useNow } from '../../../ui/clock';
import { useDescribeDeadline } from '../../../ui/deadline-badge';
import { useFormatDate } from '../../../ui/format-date';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { usePlan } from '../../../ui/use-plan';
import {
  countMatrix,
  deadlineRowsOf,
  filterRows,
  ORGANISATION,
  readDeadlineFilters,
  responsiblePeople,
  writeDeadlineFilters,
  type DeadlineFilters,
} from '../deadline-overview';
import { DeadlineMatrix } from './deadline-matrix';
import { DeadlineSectionTable } from './deadline-section-table';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  select: { width: '220px' },
});

// Done is history: closed unless someone opens it.
const OPEN_SECTIONS = DEADLINE_SECTIONS.filter((section) => section !== 'done');

/** The coordinator's overview: every action of every theme against its deadline, today. */
export function DeadlineOverviewPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const formatDate = useFormatDate();
  const describe = useDescribeDeadline();
  const plan = usePlan();
  const [params, setParams] = useSearchParams();
  const filters = readDeadlineFilters(params);

  const today = calendarDateIn(now);
  const rows = useMemo(
    () => (plan.data ? deadlineRowsOf(plan.data, today) : []),
    [plan.data, today],
  );
  const people = useMemo(() => responsiblePeople(rows), [rows]);
  const unsectioned = filterRows(rows, filters);
  const matrix = countMatrix(filterRows(rows, { ...filters, theme: undefined }));
  const sections = filters.section ? [filters.section] : DEADLINE_SECTIONS;

  const change = (next: Partial<DeadlineFilters>) =>
    setParams(writeDeadlineFilters({ ...filters, ...next }, params), { replace: true });
  const linkTo = (theme: string, section: DeadlineSection) =>
    `?${writeDeadlineFilters({ ...filters, theme, section }, params).toString()}`;
  const filtered = writeDeadlineFilters(filters).size > 0;

  return (
    <section className={styles.page} aria-labelledby="deadlines-heading">
      <div>
        <Title2 as="h1" id="deadlines-heading">
          {t('deadlines.heading')}
        </Title2>
        <Caption1 as="p">{t('deadlines.asOf', { date: formatDate(today) })}</Caption1>
      </div>
      {plan.isPending ? (
        <CardsSkeleton count={3} />
      ) : plan.isError ? (
        <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
      ) : rows.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('deadlines.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <DeadlineMatrix
            themes={plan.data.themes}
            sections={OPEN_SECTIONS}
            matrix={matrix}
            linkTo={linkTo}
          />
          <div className={styles.bar} role="group" aria-label={t('deadlines.filters')}>
            <Field label={t('deadlines.theme')} className={styles.select}>
              <Select
                value={filters.theme ?? ''}
                onChange={(_, data) => change({ theme: data.value || undefined })}
              >
                <option value="">{t('deadlines.allThemes')}</option>
                {plan.data.themes.map((theme) => (
                  <option key={theme.key} value={theme.key}>
                    {theme.name}
                  </option>
                ))}
                <option value={ORGANISATION}>{t('deadlines.organisation')}</option>
              </Select>
            </Field>
            <Field label={t('deadlines.owner')} className={styles.select}>
              <Select
                value={filters.ownerId === undefined ? '' : String(filters.ownerId)}
                onChange={(_, data) =>
                  change({ ownerId: data.value ? Number(data.value) : undefined })
                }
              >
                <option value="">{t('deadlines.allOwners')}</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('deadlines.status')} className={styles.select}>
              <Select
                value={filters.status ?? ''}
                onChange={(_, data) =>
                  change({ status: ACTION_STATUSES.find((status) => status === data.value) })
                }
              >
                <option value="">{t('deadlines.allStatuses')}</option>
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('deadlines.section')} className={styles.select}>
              <Select
                value={filters.section ?? ''}
                onChange={(_, data) =>
                  change({ section: DEADLINE_SECTIONS.find((section) => section === data.value) })
                }
              >
                <option value="">{t('deadlines.allSections')}</option>
                {DEADLINE_SECTIONS.map((section) => (
                  <option key={section} value={section}>
                    {t(`deadlines.sections.${section}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {filtered && (
              <Button
                icon={<FilterDismissRegular />}
                onClick={() =>
                  change({
                    theme: undefined,
                    ownerId: undefined,
                    status: undefined,
                    section: undefined,
                  })
                }
              >
                {t('deadlines.clearFilters')}
              </Button>
            )}
          </div>
          <Accordion multiple collapsible defaultOpenItems={[...OPEN_SECTIONS]}>
            {sections.map((section) => {
              const inSection = unsectioned.filter((row) => row.section === section);
              const label = t('deadlines.sectionHeading', {
                section: t(`deadlines.sections.${section}`),
                count: inSection.length,
              });
              return (
                <AccordionItem key={section} value={section}>
                  <AccordionHeader as="h2">{label}</AccordionHeader>
                  <AccordionPanel>
                    {inSection.length === 0 ? (
                      <Caption1>{t('deadlines.noneInSection')}</Caption1>
                    ) : (
                      <DeadlineSectionTable label={label} rows={inSection} describe={describe} />
                    )}
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </>
      )}
    </section>
  );
}
