import type { app } from '@microsoft/teams-js';
import { describe, expect, it } from 'vitest';
import { languageOf } from '../i18n/i18n';
import { factsOf } from './teams-context';

function context(overrides: {
  app?: Partial<app.AppInfo>;
  page?: Partial<app.PageInfo>;
  extra?: Partial<app.Context>;
}): app.Context {
  return {
    app: {
      locale: 'nl-NL',
      theme: 'default',
      sessionId: 's',
      host: { name: 'Teams', clientType: 'web', sessionId: 'h' },
      ...overrides.app,
    },
    page: { id: 'themes', frameContext: 'content', ...overrides.page },
    user: {
      id: 'u',
      displayName: 'Sanne Vermeulen',
      userPrincipalName: 'coordinator@mvoi.local',
    },
    ...overrides.extra,
  } as app.Context;
}

describe('factsOf', () => {
  it('reads the user, page and theme of a personal tab', () => {
    const facts = factsOf(context({ page: { subPageId: 'theme-klimaat' } }));
    expect(facts).toMatchObject({
      locale: 'nl-nl',
      theme: 'light',
      user: { displayName: 'Sanne Vermeulen', login: 'coordinator@mvoi.local' },
      page: { id: 'themes', subPageId: 'theme-klimaat', frame: 'content' },
      team: undefined,
      channel: undefined,
    });
  });

  it.each([
    ['en-us', 'en'],
    ['en-GB', 'en'],
    ['nl-nl', 'nl'],
    ['nl-be', 'nl'],
    ['de-de', 'nl'],
  ])('maps the Teams locale %s to the language %s', (locale, language) => {
    expect(languageOf(factsOf(context({ app: { locale } })).locale)).toBe(language);
  });

  it.each([
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
  ])('maps the Teams theme %s to %s', (theme, expected) => {
    expect(factsOf(context({ app: { theme } })).theme).toBe(expected);
  });

  it('reads the team, channel and team site of a channel tab in its settings frame', () => {
    const facts = factsOf(
      context({
        page: { id: '', frameContext: 'settings' as app.Context['page']['frameContext'] },
        extra: {
          team: { internalId: '19:team@thread.tacv2', displayName: 'MVOI' },
          channel: { id: '19:general@thread.tacv2', displayName: 'Algemeen' },
          sharePointSite: { teamSiteUrl: 'https://contoso.sharepoint.com/sites/MVOI' },
        },
      }),
    );
    expect(facts.page).toEqual({ id: undefined, subPageId: undefined, frame: 'settings' });
    expect(facts.team).toEqual({
      id: '19:team@thread.tacv2',
      name: 'MVOI',
      siteUrl: 'https://contoso.sharepoint.com/sites/MVOI',
    });
    expect(facts.channel).toEqual({ id: '19:general@thread.tacv2', name: 'Algemeen' });
  });
});
