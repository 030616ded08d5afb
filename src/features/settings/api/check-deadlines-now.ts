import { useMutation, useQuery } from '@tanstack/react-query';
import { useHost } from '../../../host/host-context';

/**
 * On one machine the local SharePoint runs the deadline job on request, so a person sees the
 * reminders arrive; SharePoint Online has no such endpoint, and the page does not ask it.
 */
function checkUrl(siteUrl: string): URL | undefined {
  const url = new URL(siteUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return loopback ? new URL('/_local/inbox/check', url) : undefined;
}

export function useLocalDeadlineCheck() {
  const url = checkUrl(useHost().siteUrl);
  const available = useQuery({
    queryKey: ['local-deadline-check'],
    enabled: url !== undefined,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      if (!url) return false;
      const response = await fetch(url);
      return response.ok && (response.headers.get('Content-Type') ?? '').includes('json');
    },
  });
  const run = useMutation({
    mutationFn: async () => {
      if (!url) throw new Error('no local deadline check');
      const response = await fetch(url, { method: 'POST' });
      if (!response.ok) throw new Error(`${response.status}`);
      return (await response.json()) as { sent: number; digest: string };
    },
  });
  return { available: available.data === true, run };
}
