import type { i18n, Resource } from 'i18next';
import { i18nWith, type Language } from './languages';
import { nl } from './nl';

/**
 * The first view brings only its own Dutch strings; English, and the strings of the pages loaded
 * when first opened (`*-pages.ts`), come when someone needs them.
 */
export async function loadI18n(language: Language): Promise<i18n> {
  const resources: Resource = { nl: { translation: nl } };
  if (language === 'en') resources.en = { translation: (await import('./en')).en };
  return i18nWith(language, resources);
}

const pageStrings = new WeakMap<i18n, Promise<void>>();

/** For an instance that holds every string already (tests, the start-up problem page). */
export function markPageStringsLoaded(instance: i18n): void {
  pageStrings.set(instance, Promise.resolve());
}

/** The pages' strings in the instance's language, asked for once per instance. */
export function loadPageStrings(instance: i18n): Promise<void> {
  let loading = pageStrings.get(instance);
  if (!loading) {
    const language = instance.language === 'en' ? 'en' : 'nl';
    loading = (language === 'en' ? import('./en-pages') : import('./nl-pages')).then((module) => {
      const strings = 'enPages' in module ? module.enPages : module.nlPages;
      instance.addResourceBundle(language, 'translation', strings, true, true);
    });
    pageStrings.set(instance, loading);
  }
  return loading;
}
