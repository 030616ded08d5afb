import { Navigate, useSearchParams } from 'react-router';
import { channelViewFromEntityId, channelViewFromSearch } from '../features/channel/channel-view';
import { ChannelContent } from '../features/channel/components/channel-content';
import { useHost } from '../host/host-context';

/** A configured channel tab: a theme's board opens the board itself; the rest shows the tab's view. */
export function ChannelTab() {
  const host = useHost();
  const [params] = useSearchParams();
  const view = channelViewFromSearch(params) ?? channelViewFromEntityId(host.page.id);
  if (view?.view === 'board') return <Navigate to={`/themes/${view.theme}/board`} replace />;
  return <ChannelContent />;
}
