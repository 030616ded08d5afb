import type { SETTING } from './bootstrap-site';
import type { SiteStore } from './store/site-store';

/** The emulated site: its store, where it lives, and the clock (injectable for tests). */
export class LocalSite {
  constructor(
    readonly store: SiteStore,
    /** Server-relative URL of the web, e.g. `/sites/mvoi`. */
    readonly sitePath: string,
    readonly now: () => Date = () => new Date(),
  ) {}

  setting(key: (typeof SETTING)[keyof typeof SETTING]): string {
    return this.store.settings.get(key) ?? '';
  }
}
