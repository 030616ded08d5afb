import { createContext, useContext } from 'react';

/** The clock the UI reads; tests and the local Teams host can pin it. */
export const ClockContext = createContext<() => Date>(() => new Date());

export function useNow(): Date {
  return useContext(ClockContext)();
}
