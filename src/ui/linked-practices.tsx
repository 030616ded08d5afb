import { createContext, Suspense, useContext, type ReactNode } from 'react';
import type { PracticeFilter } from '../domain/practice';

export interface LinkedPracticesProps {
  /** One of theme, pilot or action: the posts linked to it are shown. */
  filter: PracticeFilter;
  /** The list's heading sits under the page's (2) or a dialog's title (3). */
  headingLevel?: 2 | 3;
}

/**
 * Where the practices feature's list of linked posts goes. Themes, pilots and the board show it
 * without importing that feature; the app puts it in. Without a provider (a feature's own tests)
 * nothing is shown.
 */
export const LinkedPracticesContext = createContext<(props: LinkedPracticesProps) => ReactNode>(
  () => null,
);

export function LinkedPractices(props: LinkedPracticesProps) {
  const render = useContext(LinkedPracticesContext);
  return <Suspense fallback={null}>{render(props)}</Suspense>;
}
