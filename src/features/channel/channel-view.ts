import { isThemeKey, type ThemeKey } from '../../domain/theme';

/** What a channel tab shows: the deadlines of all themes, or one theme's board. */
export type ChannelView = { view: 'deadlines' } | { view: 'board'; theme: ThemeKey };

/** Reads `?view=deadlines` or `?view=board&theme=<key>`, the query of a configured tab's URL. */
export function channelViewFromSearch(params: URLSearchParams): ChannelView | undefined {
  const view = params.get('view');
  if (view === 'deadlines') return { view };
  const theme = params.get('theme') ?? '';
  return view === 'board' && isThemeKey(theme) ? { view, theme } : undefined;
}

/** Reads an entity id made by `entityIdOf`, which the host gives back as the page id. */
export function channelViewFromEntityId(entityId: string | undefined): ChannelView | undefined {
  if (entityId === 'deadlines') return { view: 'deadlines' };
  const theme = entityId?.startsWith('board-') ? entityId.slice('board-'.length) : '';
  return isThemeKey(theme) ? { view: 'board', theme } : undefined;
}

/** Stable per view, so deep links to the tab keep working after it is saved again. */
export function entityIdOf(view: ChannelView): string {
  return view.view === 'deadlines' ? 'deadlines' : `board-${view.theme}`;
}

export function contentPathOf(view: ChannelView): string {
  const query = new URLSearchParams(
    view.view === 'deadlines' ? { view: 'deadlines' } : { view: 'board', theme: view.theme },
  );
  return `/channel?${query.toString()}`;
}
