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
  // One lazy component per i18n instance: each has its own language's strings to wait for.
  const loaded = new WeakMap<i18n, LazyExoticComponent<ComponentType<Props>>>();
  const loadedWith = (instance: i18n) => {
    let component = loaded.get(instance);
    if (!component) {
      component = lazy(async () => {
        code ??= load();
        const [page] = await Promise.all([code, loadPageStrings(instance)]);
        return { default: page };
      });
      loaded.set(instance, component);
    }
    return component;
  };
  return function WithStrings(props: Props) {
    const { i18n } = useTranslation();
    const Loaded = loadedWith(i18n);
    return <Loaded {...props} />;
  };
}
