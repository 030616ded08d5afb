import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
  type AccordionItemValue,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEADLINE_SECTIONS } from '../../../domain/deadline-sections';
import type { DescribeDeadline } from '../../../ui/deadline-badge';
import type { DeadlineGroup, Grouping } from '../deadline-overview';
import { DeadlineSectionTable } from './deadline-section-table';

/** Open at first; the rest wait for a click, so a long list of owners mounts no thousands of rows. */
export const GROUPS_OPEN_AT_FIRST = 8;

const useStyles = makeStyles({
  counts: { display: 'block', marginBottom: tokens.spacingVerticalS },
});

/**
 * The list by theme, owner or quarter: a heading per group with its count, what it holds per
 * section, and its actions (by section, soonest first) a page at a time. As in the section list,
 * a closed group mounts nothing and panels open without the collapse motion's measuring.
 */
export function DeadlineGroupList({
  groups,
  grouping,
  describe,
}: {
  groups: readonly DeadlineGroup[];
  grouping: Grouping;
  describe: DescribeDeadline;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [open, setOpen] = useState<AccordionItemValue[]>(() =>
    groups.slice(0, GROUPS_OPEN_AT_FIRST).map((group) => group.key),
  );
  const rest = {
    theme: t('deadlines.organisation'),
    owner: t('deadlines.noOwner'),
    quarter: t('deadlines.noQuarter'),
  }[grouping];
  if (groups.length === 0) return <Caption1>{t('deadlines.noneInSection')}</Caption1>;
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, data) => setOpen(data.openItems)}
    >
      {groups.map((group) => {
        const label = t('deadlines.groupHeading', {
          name: group.name ?? rest,
          count: group.rows.length,
        });
        const counts = DEADLINE_SECTIONS.filter((section) => group.counts[section] > 0)
          .map((section) =>
            t('deadlines.sectionCount', {
              section: t(`deadlines.sections.${section}`),
              count: group.counts[section],
            }),
          )
          .join(' · ');
        return (
          <AccordionItem key={group.key} value={group.key}>
            <AccordionHeader as="h2">{label}</AccordionHeader>
            <AccordionPanel collapseMotion={null}>
              {open.includes(group.key) && (
                <>
                  <Caption1 as="p" className={styles.counts}>
                    {counts}
                  </Caption1>
                  <DeadlineSectionTable
                    label={label}
                    rows={group.rows}
                    describe={describe}
                    showSection
                  />
                </>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
