import { createContext, Suspense, useContext, type ReactNode } from 'react';
import type { Theme } from '../domain/theme';

export interface ThemeAmbitionProps {
  theme: Theme;
}

export interface OrganisationProgressProps {
  themes: Theme[];
}

/**
 * Where the assessments feature shows a theme's ladder over the years and the organisation's
 * progress. The theme page and the home page show them without importing that feature; the app
 * puts them in, loaded when first shown. Without a provider (a feature's own tests) nothing shows.
 */
export const AmbitionProgressContext = createContext<{
  theme: (props: ThemeAmbitionProps) => ReactNode;
  organisation: (props: OrganisationProgressProps) => ReactNode;
}>({ theme: () => null, organisation: () => null });

export function ThemeAmbition(props: ThemeAmbitionProps) {
  const { theme } = useContext(AmbitionProgressContext);
  return <Suspense fallback={null}>{theme(props)}</Suspense>;
}

export function OrganisationProgress(props: OrganisationProgressProps) {
  const { organisation } = useContext(AmbitionProgressContext);
  return <Suspense fallback={null}>{organisation(props)}</Suspense>;
}
