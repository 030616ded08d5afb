import { createContext, useContext } from 'react';
import type { Host } from './host';

export const HostContext = createContext<Host | undefined>(undefined);

/** The host the app runs in; features get it only through this hook. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() needs a <HostContext.Provider> above it');
  return host;
}
