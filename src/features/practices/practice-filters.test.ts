import { describe, expect, it } from 'vitest';
import { feedPathOf, filterFromSearch, searchWithFilter } from './practice-filters';

describe('the feed filter in the URL', () => {
  it('reads theme, pilot and action ids and ignores anything else', () => {
    expect(filterFromSearch(new URLSearchParams('thema=3&pilot=12&actie=7&x=1'))).toEqual({
      themeId: 3,
      pilotId: 12,
      actionId: 7,
    });
    expect(
      filterFromSearch(new URLSearchParams('thema=0&pilot=1e3&actie=-2&thema=javascript:')),
    ).toEqual({});
  });

  it('writes the filter and keeps the search words', () => {
    const next = searchWithFilter(new URLSearchParams('q=zon&thema=2'), { pilotId: 4 });
    expect(next.toString()).toBe('q=zon&pilot=4');
    expect(feedPathOf({ themeId: 5 })).toBe('/practices?thema=5');
    expect(feedPathOf({})).toBe('/practices');
  });
});
