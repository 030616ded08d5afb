import { RouterProvider } from 'react-router/dom';
import { IdentityGate } from '../features/identity/components/identity-gate';
import { HostProblem } from './host-problem';
import { HostProvider } from './host-provider';
import type { AppStart } from './host-start';

export function App({ start }: { start: AppStart }) {
  if (start.kind === 'invalid-config') {
    return <HostProblem locale={start.locale} issues={start.issues} />;
  }
  if (start.kind === 'failed') return <HostProblem locale={start.locale} />;
  return (
    <HostProvider host={start.host}>
      <IdentityGate>
        <RouterProvider router={start.router} />
      </IdentityGate>
    </HostProvider>
  );
}
