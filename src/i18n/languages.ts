import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Teams and browsers give locales like "en-us" or "nl-NL"; anything not English is Dutch. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** An i18next instance with the strings given; Dutch is the fallback, so it is always among them. */
export function i18nWith(language: Language, resources: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
