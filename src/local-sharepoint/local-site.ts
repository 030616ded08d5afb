import type { SETTING } from './bootstrap-site';
import { LocalInbox, manifestActivityTypes } from './inbox/local-inbox';
import { findUserByLogin } from './rest/principal-lookup';
import type { SiteStore } from './store/site-store';

/** The emulated site: its store, where it lives, and the clock (injectable for tests). */
export class LocalSite {
  constructor(
    readonly store: SiteStore,
    /** Server-relative URL of the web, e.g. `/sites/mvoi`. */
    readonly sitePath: string,
    readonly now: () => Date = () => new Date(),
  ) {}

  private localInbox: LocalInbox | undefined;

  /** What the local Graph activity feed and Workflows webhooks received. */
  get inbox(): LocalInbox {
    this.localInbox ??= new LocalInbox(
      this.now,
      manifestActivityTypes,
      (user) => findUserByLogin(this.store, user) !== undefined,
    );
    return this.localInbox;
  }

  setting(key: (typeof SETTING)[keyof typeof SETTING]): string {
    return this.store.settings.get(key) ?? '';
  }
}
