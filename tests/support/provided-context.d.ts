import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where component tests ask for a fresh local SharePoint (see site-factory.ts). */
    siteFactoryUrl: string;
  }
}
