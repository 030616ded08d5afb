import { fetchLocalUsers } from '../host/local-identity';
import type { LocalUser } from '../host/host';
import { createInboxPanels } from './inbox-panels';
import {
  createTeamsProtocol,
  isAppRequest,
  type SimulatedTeams,
  type TabInstance,
  type TeamsFrame,
  type TeamsTheme,
} from './teams-protocol';

/*
 * A development page (served by `npm start` and `npm run dev`, never deployed) that plays the
 * Teams client around the app: pick theme, locale, user, team and frame, and watch what the app says.
 * Query parameters preset the controls, e.g. ?tab=channel&frame=settings&locale=en-us.
 */

const TEAMS = [
  {
    id: '19:mvoi-team@thread.tacv2',
    name: 'MVOI Maastricht',
    channelId: '19:mvoi-algemeen@thread.tacv2',
    channelName: 'Algemeen',
  },
  {
    id: '19:inkoop-team@thread.tacv2',
    name: 'Inkoop',
    channelId: '19:inkoop-pilots@thread.tacv2',
    channelName: 'Pilots 2025',
  },
];

const STATIC_TABS = {
  themes: { path: '/', entityId: 'themes' },
  practices: { path: '/practices', entityId: 'practices' },
} as const;

const SAVED_KEY = 'local-teams-host.saved-tab';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

const controls = {
  tab: element<HTMLSelectElement>('tab'),
  frame: element<HTMLSelectElement>('frame'),
  theme: element<HTMLSelectElement>('theme'),
  locale: element<HTMLSelectElement>('locale'),
  user: element<HTMLSelectElement>('user'),
  team: element<HTMLSelectElement>('team'),
  subPage: element<HTMLInputElement>('sub-page'),
  open: element<HTMLButtonElement>('open'),
  save: element<HTMLButtonElement>('save'),
};
const savedList = element<HTMLDListElement>('saved-config');
const log = element<HTMLOListElement>('log');
const notice = element<HTMLParagraphElement>('notice');
let frame = element<HTMLIFrameElement>('app-frame');

let users: LocalUser[] = [];
let saved = readSaved();
let protocol: ReturnType<typeof createTeamsProtocol> | undefined;

function readSaved(): TabInstance | undefined {
  const text = sessionStorage.getItem(SAVED_KEY);
  return text ? (JSON.parse(text) as TabInstance) : undefined;
}

function showSaved(): void {
  savedList.replaceChildren();
  if (!saved) {
    savedList.append(Object.assign(document.createElement('dd'), { textContent: 'none yet' }));
    return;
  }
  for (const [name, value] of Object.entries(saved)) {
    savedList.append(
      Object.assign(document.createElement('dt'), { textContent: name }),
      Object.assign(document.createElement('dd'), { textContent: String(value) }),
    );
  }
  savedList.dataset.entityId = saved.entityId ?? '';
  savedList.dataset.contentUrl = saved.contentUrl;
}

function addLog(line: string): void {
  const item = document.createElement('li');
  item.textContent = line;
  log.prepend(item);
  while (log.children.length > 30) log.lastElementChild?.remove();
}

function isChannelTab(): boolean {
  return controls.tab.value === 'channel' || controls.frame.value === 'settings';
}

function simulatedTeams(): SimulatedTeams {
  const index = users.findIndex((u) => u.login === controls.user.value);
  const user = users[index];
  const team = TEAMS[Number(controls.team.value)] ?? TEAMS[0];
  const channel = isChannelTab();
  const staticTab = STATIC_TABS[controls.tab.value as keyof typeof STATIC_TABS];
  return {
    theme: controls.theme.value as TeamsTheme,
    locale: controls.locale.value,
    frame: controls.frame.value as TeamsFrame,
    user: {
      upn: user?.email ?? controls.user.value,
      displayName: user?.title ?? controls.user.value,
      objectId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    },
    tenantId: '00000000-0000-4000-8000-00000000aaaa',
    team: channel ? team : undefined,
    entityId: channel ? saved?.entityId : staticTab?.entityId,
    subEntityId: controls.subPage.value.trim() || undefined,
    teamSiteUrl: `${location.origin}/sites/mvoi`,
  };
}

/** The URL Teams would load: the configuration page, a static tab, or the saved channel tab. */
function frameUrl(): string | undefined {
  if (controls.frame.value === 'settings') return '/channel/config';
  if (controls.tab.value === 'channel') return saved?.contentUrl;
  return STATIC_TABS[controls.tab.value as keyof typeof STATIC_TABS]?.path ?? '/';
}

/** Loads the app afresh, as Teams does when you open a tab or change who or where you are. */
function mount(): void {
  controls.save.disabled = true;
  const url = frameUrl();
  notice.textContent = url
    ? ''
    : 'The channel tab is not configured yet: choose the settings frame.';
  const fresh = document.createElement('iframe');
  fresh.id = frame.id;
  fresh.title = frame.title;
  frame.replaceWith(fresh);
  frame = fresh;
  const target = fresh;
  protocol = createTeamsProtocol(
    simulatedTeams,
    (message) => target.contentWindow?.postMessage(message, location.origin),
    {
      validityChanged(valid) {
        controls.save.disabled = !valid;
      },
      saved(tab) {
        saved = tab;
        sessionStorage.setItem(SAVED_KEY, JSON.stringify(tab));
        showSaved();
        addLog(`settings saved: ${tab.entityId ?? ''} → ${tab.contentUrl}`);
        // Teams closes its dialog and opens the new tab.
        controls.tab.value = 'channel';
        controls.frame.value = 'content';
        mount();
      },
      saveFailed(reason) {
        addLog(`settings save failed: ${reason}`);
      },
      log: addLog,
    },
  );
  protocol.restoreSaved(saved);
  if (url) fresh.src = url;
}

const panels = createInboxPanels({
  activityList: element<HTMLOListElement>('activity'),
  channelList: element<HTMLDivElement>('channel'),
  currentUser: () => controls.user.value,
  // As Teams does with a deep link: open the tab on its sub-page.
  openDeepLink: ({ entityId, subEntityId }) => {
    if (entityId in STATIC_TABS) controls.tab.value = entityId;
    controls.frame.value = 'content';
    controls.subPage.value = subEntityId ?? '';
    addLog(`deep link → ${entityId}${subEntityId ? ` / ${subEntityId}` : ''}`);
    mount();
  },
  // A link into the app opens in the frame; anything else in a new window.
  openUrl: (url) => {
    const target = new URL(url, location.href);
    if (target.origin === location.origin) frame.src = `${target.pathname}${target.search}`;
    else window.open(target.href, '_blank', 'noopener');
  },
});
const refreshPanels = () =>
  void panels.refresh().catch((error: unknown) => addLog(`inbox: ${String(error)}`));

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || !isAppRequest(event.data)) return;
  protocol?.handle(event.data);
});

controls.theme.addEventListener('change', () => {
  // A live change: the app stays loaded and follows.
  protocol?.changeTheme(controls.theme.value as TeamsTheme);
  addLog(`themeChange → ${controls.theme.value}`);
});
for (const control of [
  controls.tab,
  controls.frame,
  controls.locale,
  controls.user,
  controls.team,
]) {
  control.addEventListener('change', mount);
}
controls.open.addEventListener('click', mount);
controls.subPage.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') mount();
});
controls.save.addEventListener('click', () => {
  controls.save.disabled = true;
  protocol?.save();
});

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  TEAMS.forEach((team, index) =>
    controls.team.append(new Option(`${team.name} · ${team.channelName}`, String(index))),
  );
  try {
    users = await fetchLocalUsers(location.origin);
  } catch (error) {
    addLog(`could not load /_local/users: ${String(error)}`);
  }
  for (const user of users)
    controls.user.append(new Option(`${user.title} (${user.role})`, user.login));
  for (const [name, control] of Object.entries({
    tab: controls.tab,
    frame: controls.frame,
    theme: controls.theme,
    locale: controls.locale,
    user: controls.user,
    team: controls.team,
    subPageId: controls.subPage,
  })) {
    const value = params.get(name);
    if (value !== null) control.value = value;
  }
  showSaved();
  mount();
  refreshPanels();
  controls.user.addEventListener('change', refreshPanels);
  // What the deadline job sends arrives without a reload, as in Teams.
  setInterval(refreshPanels, 3000);
}

void start();
