import { useTranslation } from 'react-i18next';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { AppLink } from '../../../ui/app-link';
import { useNow } from '../../../ui/clock';
import { useCurrentUser } from '../../../ui/use-current-user';

/** For coordinators: the way into the yearly update of next year's plan. */
export function PrepareYearLink() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const next = yearOf(calendarDateIn(useNow())) + 1;
  if (!user.data?.isCoordinator) return null;
  return (
    <div>
      <AppLink to={`/plan-update/${next}`}>{t('themes.prepareYear', { year: next })}</AppLink>
    </div>
  );
}
