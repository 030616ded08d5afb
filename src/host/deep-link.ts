import { isThemeKey, type ThemeKey } from '../domain/theme';

/** What a deep link's sub-page id points at. */
export type SubPage =
  | { kind: 'theme'; key: ThemeKey }
  | { kind: 'action'; id: number }
  | { kind: 'practice'; id: number };

/** Reads sub-page ids such as "theme-klimaat", "action-12" and "practice-3". */
export function parseSubPageId(subPageId: string | undefined): SubPage | undefined {
  const match = /^(theme|action|practice)-(.+)$/.exec(subPageId ?? '');
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  if (kind === 'theme') return isThemeKey(rest) ? { kind, key: rest } : undefined;
  if (!/^[1-9]\d*$/.test(rest)) return undefined;
  return { kind: kind === 'action' ? 'action' : 'practice', id: Number(rest) };
}

export function subPageIdOf(subPage: SubPage): string {
  return subPage.kind === 'theme' ? `theme-${subPage.key}` : `${subPage.kind}-${subPage.id}`;
}

export interface DeepLinkTarget {
  /** The manifest id (sideloaded/custom apps) or the catalog id of the app. */
  appId: string;
  /** The static tab's entity id, or the configured channel tab's. */
  entityId: string;
  /** Where a browser without Teams goes instead. */
  webUrl: string;
  label: string;
  subPage?: SubPage;
  /** Only for a channel tab. */
  channelId?: string;
}

/** A link that opens the app's tab in Teams, on the given sub-page. */
export function teamsDeepLink(target: DeepLinkTarget): string {
  const context: { subEntityId?: string; channelId?: string } = {};
  if (target.subPage) context.subEntityId = subPageIdOf(target.subPage);
  if (target.channelId) context.channelId = target.channelId;
  const params: [string, string][] = [
    ['webUrl', target.webUrl],
    ['label', target.label],
  ];
  if (Object.keys(context).length > 0) params.push(['context', JSON.stringify(context)]);
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  const path = [target.appId, target.entityId].map(encodeURIComponent).join('/');
  return `https://teams.microsoft.com/l/entity/${path}?${query}`;
}
