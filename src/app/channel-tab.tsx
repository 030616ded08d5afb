import { Navigate, useSearchParams } from 'react-router';
import { channelViewFromEntityId, channelViewFromSearch } from '../features/channel/channel-view';
import { ChannelContent } from '../features/channel/components/channel-content';
import { useHost } from '../host/host-context';

/** A configured channel tab opens what it was configured to show: a theme's board or the deadlines. */
export function ChannelTab() {
  const host = useHost();
  const [params] = useSearchParams();
  const view = channelViewFromSearch(params) ?? channelViewFromEntityId(host.page.id);
  if (view?.view === 'board') return <Navigate to={`/themes/${view.theme}/board`} replace />;
  if (view?.view === 'deadlines') return <Navigate to="/deadlines" replace />;
  return <ChannelContent />;
}
