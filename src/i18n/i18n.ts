import type { i18n } from 'i18next';
import { en } from './en';
import { i18nWith, type Language } from './languages';
import { nl } from './nl';

export { LANGUAGES, languageOf, type Language } from './languages';

/** Both languages at once, for where there is no waiting: tests and the start-up problem page. */
export function createI18n(language: Language): i18n {
  return i18nWith(language, { nl: { translation: nl }, en: { translation: en } });
}
