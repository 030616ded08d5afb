import { describe, expect, it } from 'vitest';
import {
  channelViewFromEntityId,
  channelViewFromSearch,
  contentPathOf,
  entityIdOf,
  type ChannelView,
} from './channel-view';

const views: ChannelView[] = [{ view: 'deadlines' }, { view: 'board', theme: 'social-return' }];

describe('channel views', () => {
  it.each(views)('round-trips %o through the tab URL and the entity id', (view) => {
    const url = new URL(contentPathOf(view), 'https://app.example.org');
    expect(url.pathname).toBe('/channel');
    expect(channelViewFromSearch(url.searchParams)).toEqual(view);
    expect(channelViewFromEntityId(entityIdOf(view))).toEqual(view);
  });

  it('gives the tab URLs the app routes on', () => {
    expect(contentPathOf({ view: 'deadlines' })).toBe('/channel?view=deadlines');
    expect(contentPathOf({ view: 'board', theme: 'klimaat' })).toBe(
      '/channel?view=board&theme=klimaat',
    );
  });

  it.each(['', '?view=board', '?view=board&theme=onbekend', '?view=lijst'])(
    'reads no view from "%s"',
    (search) => {
      expect(channelViewFromSearch(new URLSearchParams(search))).toBeUndefined();
    },
  );

  it.each([undefined, 'themes', 'board-', 'board-onbekend'])(
    'reads no view from the entity id %s',
    (entityId) => {
      expect(channelViewFromEntityId(entityId)).toBeUndefined();
    },
  );
});
