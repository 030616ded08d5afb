import type { i18n } from 'i18next';
import { en } from './en';
import { enPages } from './en-pages';
import { i18nWith, type Language } from './languages';
import { markPageStringsLoaded } from './load-i18n';
import { nl } from './nl';
import { nlPages } from './nl-pages';

export { LANGUAGES, languageOf, type Language } from './languages';

/** Every string of both languages at once, for where there is no waiting: tests and the start-up problem page. */
export function createI18n(language: Language): i18n {
  const instance = i18nWith(language, {
    nl: { translation: { ...nl, ...nlPages } },
    en: { translation: { ...en, ...enPages } },
  });
  markPageStringsLoaded(instance);
  return instance;
}
