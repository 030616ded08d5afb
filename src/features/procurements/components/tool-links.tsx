import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

export const MVI_CRITERIA_TOOL_URL = 'https://www.mvicriteria.nl/nl/webtool';
export const MVO_RISK_CHECKER_URL = 'https://www.mvorisicochecker.nl';

const useStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

/** PIANOo's criteria tool and MVO Nederland's risk checker: websites to open, not to import. */
export function ToolLinks({ subject }: { subject?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const tools = [
    { url: MVI_CRITERIA_TOOL_URL, label: t('procurements.tools.criteria') },
    { url: MVO_RISK_CHECKER_URL, label: t('procurements.tools.riskChecker') },
  ];
  return (
    <div>
      {!subject && <Caption1>{t('procurements.tools.intro')}</Caption1>}
      <ul className={styles.links}>
        {tools.map(({ url, label }) => (
          <li key={url}>
            <Link
              className={styles.link}
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={
                subject
                  ? t('procurements.tools.linkFor', { tool: label, title: subject })
                  : t('procurements.tools.link', { tool: label })
              }
            >
              {label}
              <OpenRegular aria-hidden />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
