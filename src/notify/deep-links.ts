/** Where the job's links point: the Teams app and the web app it serves. */
export interface AppLinks {
  /** The Teams app's id (the manifest id, or the org catalog's id once published there). */
  teamsAppId: string;
  /** The web app's origin, e.g. `https://mvoi-actieplan.example.org`. */
  appUrl: string;
}

/** The personal tab every deep link opens (manifest `staticTabs[0].entityId`). */
const ENTITY_ID = 'themes';

function teamsLink(links: AppLinks, path: string, label: string, subEntityId?: string): string {
  const params: [string, string][] = [
    ['webUrl', `${links.appUrl.replace(/\/$/, '')}${path}`],
    ['label', label],
  ];
  if (subEntityId) params.push(['context', JSON.stringify({ subEntityId })]);
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.teamsAppId)}/${ENTITY_ID}?${query}`;
}

/** Opens the action on its board, in Teams (the app reads `action-<id>` as the sub-page). */
export function actionDeepLink(links: AppLinks, actionId: number, title: string): string {
  return teamsLink(links, `/actions/${actionId}`, title, `action-${actionId}`);
}

/** The deadline overview, in the browser (Teams opens it in its tab through webUrl). */
export function deadlineOverviewUrl(links: AppLinks): string {
  return `${links.appUrl.replace(/\/$/, '')}/deadlines`;
}
