import type { i18n, Resource } from 'i18next';
import { i18nWith, type Language } from './languages';
import { nl } from './nl';

/** Dutch comes with the first view; the English strings are loaded only for who reads English. */
export async function loadI18n(language: Language): Promise<i18n> {
  const resources: Resource = { nl: { translation: nl } };
  if (language === 'en') resources.en = { translation: (await import('./en')).en };
  return i18nWith(language, resources);
}
