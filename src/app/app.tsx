import { RouterProvider } from 'react-router/dom';
import { IdentityGate } from '../features/identity/components/identity-gate';
import { DataRoot } from './data-root';
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
        <DataRoot>
          <RouterProvider router={start.router} />
        </DataRoot>
      </IdentityGate>
    </HostProvider>
  );
}
