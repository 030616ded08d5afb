import { useTranslation } from 'react-i18next';

/** Formats a calendar date (`YYYY-MM-DD`) in the user's language, without shifting it across time zones. */
export function useFormatDate(): (date: string) => string {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (date) => formatter.format(new Date(`${date}T00:00:00Z`));
}
