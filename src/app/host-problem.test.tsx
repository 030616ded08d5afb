import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { HostProblem } from './host-problem';

function issues() {
  const result = parseConfig(
    { VITE_APP_MODE: 'sharepoint', VITE_CLIENT_ID: 'nope' },
    'http://localhost',
  );
  if (result.ok) throw new Error('expected invalid configuration');
  return result.issues;
}

describe('HostProblem', () => {
  it('names what is missing or invalid in the configuration, in Dutch by default', () => {
    render(<HostProblem locale="nl-nl" issues={issues()} />);
    expect(screen.getByText('De app is niet goed ingesteld')).toBeInTheDocument();
    expect(screen.getByText('VITE_CLIENT_ID is ongeldig: verwacht een GUID.')).toBeInTheDocument();
    expect(screen.getByText('VITE_TENANT_ID ontbreekt.')).toBeInTheDocument();
    expect(screen.getByText('VITE_SHAREPOINT_SITE_URL ontbreekt.')).toBeInTheDocument();
  });

  it('speaks English in an English host', () => {
    render(<HostProblem locale="en-us" issues={issues()} />);
    expect(screen.getByText('VITE_TENANT_ID is missing.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('reports a failed start without configuration issues', () => {
    render(<HostProblem locale="nl-nl" />);
    expect(screen.getByText('Het laden is mislukt.')).toBeInTheDocument();
  });
});
