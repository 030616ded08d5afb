import {
  Body1,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../../domain/ambition';
import type { ReportBlock, ReportCell, ReportDocument, ReportSection } from '../report-document';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '@media print': { breakBefore: 'page' },
  },
  first: { '@media print': { breakBefore: 'auto' } },
  heading: { margin: 0, '@media print': { breakAfter: 'avoid' } },
  paragraph: { margin: 0, maxWidth: '80ch', whiteSpace: 'pre-line' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  contents: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  contentsList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      textAlign: 'left',
      verticalAlign: 'top',
      whiteSpace: 'pre-line',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3 },
    '& tr': { '@media print': { breakInside: 'avoid' } },
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  status: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  'on-track': {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  'at-risk': {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground2,
    color: tokens.colorPaletteDarkOrangeForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  behind: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
  },
  undetermined: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

/** A status in its colour, and always in words: colour alone tells a screen reader nothing. */
function StatusText({ text, status }: { text: string; status: AssessmentStatus }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.status, styles[status])} data-report-status>
      {text}
    </span>
  );
}

function Cell({ cell }: { cell: ReportCell }) {
  return typeof cell === 'string' ? cell : <StatusText {...cell} />;
}

function Block({ block }: { block: ReportBlock }) {
  const styles = useStyles();
  switch (block.kind) {
    case 'heading':
      return (
        <Subtitle2 as="h3" className={styles.heading}>
          {block.text}
        </Subtitle2>
      );
    case 'paragraph':
      return (
        <Body1 as="p" className={styles.paragraph}>
          {block.text}
        </Body1>
      );
    case 'list':
      return (
        <ul className={styles.list}>
          {block.items.map((item, index) => (
            <li key={index}>
              <Body1>{item}</Body1>
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className={styles.table}>
          <caption className={styles.caption}>{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>
                    <Cell cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

function Section({ section, first }: { section: ReportSection; first: boolean }) {
  const styles = useStyles();
  const headingId = `report-${section.id}`;
  return (
    <section
      className={mergeClasses(styles.section, first && styles.first)}
      aria-labelledby={headingId}
    >
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {section.title}
      </Subtitle1>
      {section.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </section>
  );
}

/** The page's heading, which names the report (its title in Word and Excel too). */
export const REPORT_TITLE_ID = 'report-title';

/**
 * The year report as a page: headings, paragraphs, lists and tables, as Word and Excel get it.
 * Printed, each section after the first starts on a new A4 page, so each theme has its own.
 */
export function ReportView({ document }: { document: ReportDocument }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <article className={styles.report} aria-labelledby={REPORT_TITLE_ID}>
      <Caption1 as="p">{document.subtitle}</Caption1>
      <nav aria-labelledby="report-contents" className={styles.contents} data-report-chrome>
        <Subtitle2 as="h2" id="report-contents" className={styles.heading}>
          {t('yearReport.page.contents')}
        </Subtitle2>
        <ol className={styles.contentsList}>
          {document.sections.map((section) => (
            <li key={section.id}>
              <Link href={`#report-${section.id}`}>{section.title}</Link>
            </li>
          ))}
        </ol>
      </nav>
      {document.sections.map((section, index) => (
        <Section key={section.id} section={section} first={index === 0} />
      ))}
    </article>
  );
}
