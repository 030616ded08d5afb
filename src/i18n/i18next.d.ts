import 'i18next';
import type { nl } from './nl';
import type { nlPages } from './nl-pages';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl & typeof nlPages };
  }
}
