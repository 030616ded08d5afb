import { Fragment, lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import type { LocalSession, MicrosoftSession } from '../../../host/host';
import { useHost } from '../../../host/host-context';
import { useLocalIdentity } from '../use-local-identity';

// Shown only until someone is signed in, and never inside Teams: loaded when shown.
const IdentityPicker = lazy(async () => ({
  default: (await import('./identity-picker')).IdentityPicker,
}));
const MicrosoftSignIn = lazy(async () => ({
  default: (await import('./microsoft-sign-in')).MicrosoftSignIn,
}));

/**
 * Shows the app once someone is signed in. Where the host signs people in (Teams) that is at
 * once; otherwise the person first picks a local identity or signs in with Microsoft. A new
 * identity remounts the app, so nothing of the previous person's data stays on screen.
 */
export function IdentityGate({ children }: { children: ReactNode }) {
  const { session } = useHost();
  if (!session) return children;
  return session.method === 'local' ? (
    <LocalGate session={session}>{children}</LocalGate>
  ) : (
    <MicrosoftGate session={session}>{children}</MicrosoftGate>
  );
}

function LocalGate({ session, children }: { session: LocalSession; children: ReactNode }) {
  const current = useLocalIdentity(session);
  if (!current) {
    return (
      <Suspense fallback={null}>
        <IdentityPicker session={session} />
      </Suspense>
    );
  }
  return <Fragment key={current.login}>{children}</Fragment>;
}

function MicrosoftGate({ session, children }: { session: MicrosoftSession; children: ReactNode }) {
  const signedIn = useSyncExternalStore(session.subscribe, () => session.signedIn);
  if (signedIn) return children;
  return (
    <Suspense fallback={null}>
      <MicrosoftSignIn session={session} />
    </Suspense>
  );
}
