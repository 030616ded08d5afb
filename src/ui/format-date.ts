import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** One formatter per language, made once: a board formats a date on every card. */
const FORMATTERS = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** Formats a calendar date (`YYYY-MM-DD`) in the user's language, without shifting it across time zones. */
export function useFormatDate(): (date: string) => string {
  const { i18n } = useTranslation();
  const formatter = i18n.language === 'en' ? FORMATTERS.en : FORMATTERS.nl;
  return useCallback((date) => formatter.format(new Date(`${date}T00:00:00Z`)), [formatter]);
}
