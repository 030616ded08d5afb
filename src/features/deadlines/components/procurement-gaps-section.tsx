import {
  Body1,
  Caption1,
  makeStyles,
  mergeClasses,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { calendarDateIn } from '../../../domain/calendar-date';
import { assessProcurement } from '../../../domain/procurement';
import { DEFAULT_PROCUREMENT_THRESHOLDS } from '../../../domain/procurement-thresholds';
import { AppLink } from '../../../ui/app-link';
import { useNow } from '../../../ui/clock';
import { useRepositories } from '../../../ui/repositories-context';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  gaps: { border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorder2}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

// The same cache entries as the procurement calendar and the settings page read.
const procurementsQueryKey = ['procurements'] as const;
const settingsQueryKey = ['settings'] as const;
const LISTED = 5;

/** On the coordinator's overview: the procurements above a threshold without their MVOI plan. */
export function ProcurementGapsSection() {
  const { t } = useTranslation();
  const styles = useStyles();
  const repositories = useRepositories();
  const today = calendarDateIn(useNow());
  const procurements = useQuery({
    queryKey: procurementsQueryKey,
    queryFn: () => repositories.procurements.list(),
  });
  const settings = useQuery({
    queryKey: settingsQueryKey,
    queryFn: () => repositories.settings.get(),
  });
  const headingId = 'procurement-gaps-heading';

  const thresholds = settings.data?.procurementThresholds ?? DEFAULT_PROCUREMENT_THRESHOLDS;
  const withGaps = procurements.data?.items.filter(
    (procurement) => assessProcurement(procurement, thresholds, today).gaps.length > 0,
  );

  let body;
  if (procurements.isPending || settings.isPending) {
    body = (
      <Skeleton aria-label={t('app.loading')}>
        <SkeletonItem size={16} />
      </Skeleton>
    );
  } else if (procurements.isError || settings.isError) {
    body = <Body1 role="alert">{t('procurements.overview.loadFailed')}</Body1>;
  } else if (withGaps) {
    body =
      withGaps.length === 0 ? (
        <Body1>{t('procurements.overview.none')}</Body1>
      ) : (
        <>
          <Body1>{t('procurements.overview.count', { count: withGaps.length })}</Body1>
          <ul className={styles.list}>
            {withGaps.slice(0, LISTED).map((procurement) => (
              <li key={procurement.id}>
                <Caption1>{procurement.title}</Caption1>
              </li>
            ))}
          </ul>
          <AppLink to="/procurements?gaps=1">{t('procurements.overview.link')}</AppLink>
        </>
      );
  }
  // A region of its own, named but not headed: the overview's level-2 headings are its sections
  // and groups of actions.
  return (
    <section
      aria-labelledby={headingId}
      className={mergeClasses(
        styles.section,
        withGaps !== undefined && withGaps.length > 0 && styles.gaps,
      )}
    >
      <Subtitle2 as="p" id={headingId}>
        {t('procurements.overview.heading')}
      </Subtitle2>
      {body}
    </section>
  );
}
