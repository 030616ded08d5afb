import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

// Griffel's styles go to a document of their own: jsdom has no layout, yet matches every CSS rule
// on each getComputedStyle, which every role query and click calls. With Fluent's ~1,000 rules in
// the page, one board test took 10–20 s. How things look is the Chromium suite's to test.
const renderer = createDOMRenderer(document.implementation.createHTMLDocument('styles'));

/** Fluent's provider as the app uses it, for component tests in jsdom. */
export function TestFluentProvider({
  theme = webLightTheme,
  children,
}: {
  theme?: Theme;
  children: ReactNode;
}) {
  return (
    <RendererProvider renderer={renderer}>
      <FluentProvider theme={theme}>{children}</FluentProvider>
    </RendererProvider>
  );
}
