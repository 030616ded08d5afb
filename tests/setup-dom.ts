import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// A find waits for a real round trip to the local SharePoint, which on a busy 2-core machine can
// take more than Testing Library's 1 s. A passing test does not wait longer for it; a failing find
// still reports itself well within Vitest's 5 s per test.
configure({ asyncUtilTimeout: 3_000 });

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar and overflow need one to exist.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;
