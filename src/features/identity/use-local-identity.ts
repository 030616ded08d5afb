import { useSyncExternalStore } from 'react';
import type { LocalSession, LocalUser } from '../../host/host';

/** The chosen local identity, re-rendering when the person switches. */
export function useLocalIdentity(session: LocalSession): LocalUser | undefined {
  return useSyncExternalStore(session.subscribe, () => session.current);
}
