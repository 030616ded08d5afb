import type { i18n } from 'i18next';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPageStrings } from '../i18n/load-i18n';

/**
 * A component whose code and page strings load, in parallel, when it first renders: like
 * `React.lazy`, it suspends until both are there, so it never shows a key in place of a word.
 */
export function lazyWithStrings<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let code: Promise<ComponentType<Props>> | undefined;
  // One lazy component per language, each waiting for its own strings. Keyed by the language, not
  // by the i18n object: `useTranslation` need not hand out the same object on every render.
  const loaded = new Map<string, LazyExoticComponent<ComponentType<Props>>>();
  const loadedWith = (instance: i18n) => {
    let component = loaded.get(instance.language);
    if (!component) {
      component = lazy(async () => {
        code ??= load();
        const [page] = await Promise.all([code, loadPageStrings(instance)]);
        return { default: page };
      });
      loaded.set(instance.language, component);
    }
    return component;
  };
  return function WithStrings(props: Props) {
    const { i18n } = useTranslation();
    const Loaded = loadedWith(i18n);
    return <Loaded {...props} />;
  };
}
