import * as AdaptiveCards from 'adaptivecards';

/*
 * What the local Microsoft Graph activity feed and the local Workflows webhook received, as Teams
 * would show it: the chosen user's activity feed, and the channel's posts rendered as Adaptive
 * Cards. A click on a notification opens its deep link inside the framed app.
 */

interface Activity {
  activityType: string;
  text: string;
  previewText: string;
  webUrl: string;
  receivedAt: string;
}

interface ChannelPost {
  card: unknown;
  receivedAt: string;
}

export interface InboxPanels {
  refresh(): Promise<void>;
}

/** The sub-page and tab a Teams deep link names (`/l/entity/<app>/<entity>?context=…`). */
export function deepLinkTarget(
  webUrl: string,
): { entityId: string; subEntityId?: string } | undefined {
  let url: URL;
  try {
    url = new URL(webUrl);
  } catch {
    return undefined;
  }
  const match = /^\/l\/entity\/[^/]+\/([^/]+)$/.exec(url.pathname);
  if (url.hostname !== 'teams.microsoft.com' || !match) return undefined;
  const context = url.searchParams.get('context');
  let subEntityId: string | undefined;
  try {
    subEntityId = context
      ? (JSON.parse(context) as { subEntityId?: string }).subEntityId
      : undefined;
  } catch {
    subEntityId = undefined;
  }
  return { entityId: decodeURIComponent(match[1] ?? ''), ...(subEntityId ? { subEntityId } : {}) };
}

function time(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
}

export function createInboxPanels(options: {
  activityList: HTMLOListElement;
  channelList: HTMLDivElement;
  currentUser: () => string;
  openDeepLink: (target: { entityId: string; subEntityId?: string }) => void;
  openUrl: (url: string) => void;
}): InboxPanels {
  const renderActivity = (activities: Activity[]) => {
    options.activityList.replaceChildren();
    if (activities.length === 0) {
      options.activityList.append(
        Object.assign(document.createElement('li'), { textContent: 'No notifications yet.' }),
      );
    }
    for (const activity of activities) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'activity';
      button.dataset.activityType = activity.activityType;
      const title = Object.assign(document.createElement('strong'), { textContent: activity.text });
      const preview = Object.assign(document.createElement('span'), {
        textContent: activity.previewText,
      });
      const when = Object.assign(document.createElement('small'), {
        textContent: `${activity.activityType === 'deadlineOverdue' ? 'Te laat' : 'Deadline nadert'} · ${time(activity.receivedAt)}`,
      });
      button.append(title, preview, when);
      button.addEventListener('click', () => {
        const target = deepLinkTarget(activity.webUrl);
        if (target) options.openDeepLink(target);
      });
      item.append(button);
      options.activityList.append(item);
    }
  };

  const renderChannel = (posts: ChannelPost[]) => {
    options.channelList.replaceChildren();
    if (posts.length === 0) {
      options.channelList.append(
        Object.assign(document.createElement('p'), { textContent: 'No posts yet.' }),
      );
    }
    for (const post of posts) {
      const article = document.createElement('article');
      article.className = 'post';
      article.append(
        Object.assign(document.createElement('small'), {
          textContent: `Workflows · ${time(post.receivedAt)}`,
        }),
      );
      const card = new AdaptiveCards.AdaptiveCard();
      card.onExecuteAction = (action) => {
        if (action instanceof AdaptiveCards.OpenUrlAction && action.url)
          options.openUrl(action.url);
      };
      card.parse(post.card);
      const rendered = card.render();
      if (rendered) article.append(rendered);
      options.channelList.append(article);
    }
  };

  return {
    async refresh() {
      const user = encodeURIComponent(options.currentUser());
      const [activity, channel] = await Promise.all([
        fetch(`/_local/inbox/activity?user=${user}`).then((r) => (r.ok ? r.json() : [])),
        fetch('/_local/inbox/channel').then((r) => (r.ok ? r.json() : [])),
      ]);
      renderActivity(activity as Activity[]);
      renderChannel(channel as ChannelPost[]);
    },
  };
}
