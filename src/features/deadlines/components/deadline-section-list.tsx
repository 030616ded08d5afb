import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  type AccordionItemValue,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEADLINE_SECTIONS, type DeadlineSection } from '../../../domain/deadline-sections';
import type { DescribeDeadline } from '../../../ui/deadline-badge';
import type { DeadlineRow } from '../deadline-overview';
import { DeadlineSectionTable } from './deadline-section-table';

// Done is history: closed unless someone opens it.
const OPEN_AT_FIRST: AccordionItemValue[] = DEADLINE_SECTIONS.filter(
  (section) => section !== 'done',
);

/**
 * The list by section, each under a heading with its count. Panels open without Fluent's collapse
 * motion, which measures every open panel as it mounts (a layout of the whole page each), and a
 * closed panel mounts no rows at all.
 */
export function DeadlineSectionList({
  sections,
  bySection,
  describe,
}: {
  sections: readonly DeadlineSection[];
  bySection: ReadonlyMap<DeadlineSection, readonly DeadlineRow[]>;
  describe: DescribeDeadline;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(OPEN_AT_FIRST);
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, data) => setOpen(data.openItems)}
    >
      {sections.map((section) => {
        const inSection = bySection.get(section) ?? [];
        const label = t('deadlines.sectionHeading', {
          section: t(`deadlines.sections.${section}`),
          count: inSection.length,
        });
        return (
          <AccordionItem key={section} value={section}>
            <AccordionHeader as="h2">{label}</AccordionHeader>
            <AccordionPanel collapseMotion={null}>
              {!open.includes(section) ? null : inSection.length === 0 ? (
                <Caption1>{t(`deadlines.noneIn.${section}`)}</Caption1>
              ) : (
                <DeadlineSectionTable label={label} rows={inSection} describe={describe} />
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
