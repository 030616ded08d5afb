import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { PracticeBody, safeUrl } from './practice-body';
import { PracticesPage } from './practices-page';
import { Snippet } from './search-results';

declare global {
  interface Window {
    pwned?: number;
  }
}

const RUN = 'window.pwned=1';

/** Posts and comments are written by anyone: each of these must render as inert text. */
export const VECTORS: readonly string[] = [
  `[klik](javascript:${RUN})`,
  `[klik](JaVaScRiPt:${RUN})`,
  `[klik](  javascript:${RUN})`,
  `[klik](java\tscript:${RUN})`,
  `[klik](java&#x09;script:${RUN})`,
  `[klik](&#106;avascript:${RUN})`,
  `[klik](javascript&colon;${RUN})`,
  `[klik](%6A%61vascript:${RUN})`,
  `[klik](vbscript:msgbox(1))`,
  `[klik](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==)`,
  `[klik](DATA:text/html,<script>${RUN}</script>)`,
  `[klik][ref]\n\n[ref]: javascript:${RUN}`,
  `<javascript:${RUN}>`,
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r=1 /></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<a href="javascript:${RUN}">a</a>`,
  `<div style="background:url(javascript:${RUN})" onmouseover="${RUN}">x</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `![x](javascript:${RUN})`,
  `![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
  `![x" onerror="${RUN}](https://example.com/a.png)`,
  `[![x](https://tracker.example/pixel.gif)](https://example.com)`,
  `[a](https://example.com "title\\" onmouseover=\\"${RUN}")`,
  `**bold <b onmouseover=${RUN}>x</b>**`,
  '`<script>window.pwned=1</script>`',
  '```html\n<script>window.pwned=1</script>\n```',
  `\u0000\u0001\u0007\u001b[31m\u202e\u200b control characters \uFEFF`,
  `${'>'.repeat(2000)} deep quote`,
  `${'- '.repeat(1500)}deep list`,
  `${'*'.repeat(5000)}`,
  `${'['.repeat(3000)}${']('.repeat(3000)}`,
  'x'.repeat(200_000),
];

/** `page`: a whole page, where Fluent's own icons (aria-hidden SVG) and inline styles are fine. */
function assertInert(container: HTMLElement, page = false) {
  expect(window.pwned).toBeUndefined();
  const forbidden = 'script, img, iframe, object, embed, style, math, form:not([role="search"])';
  expect(container.querySelector(forbidden)).toBeNull();
  for (const svg of container.querySelectorAll('svg')) {
    expect(page && svg.getAttribute('aria-hidden') === 'true', 'an svg in the content').toBe(true);
  }
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const where = `${attribute.name} on <${element.tagName}>`;
      expect(attribute.name.startsWith('on'), where).toBe(false);
      if (!page) expect(attribute.name, where).not.toBe('style');
    }
  }
  for (const link of container.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    // The page's own links (to a post) are the app's; every other link came from a post.
    if (page && /^\/practices\/\d+$/.test(href)) continue;
    expect(href).toMatch(/^(https?:|mailto:)/);
    expect(link.getAttribute('rel')).toContain('noopener');
  }
}

afterEach(() => {
  delete window.pwned;
});

describe('hostile Markdown renders as inert text', () => {
  it.each(VECTORS.map((vector) => [vector.slice(0, 60), vector]))('%s', (_, vector) => {
    const { container } = render(<PracticeBody markdown={vector} />);
    assertInert(container);
  });

  it('keeps http, https and mailto links, and nothing else', () => {
    expect(safeUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(safeUrl('mailto:inkoop@maastricht.nl')).toBe('mailto:inkoop@maastricht.nl');
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '/relative',
      '//evil.example',
    ]) {
      expect(safeUrl(url), url).toBe('');
    }
  });
});

describe('hostile search snippets render as inert text', () => {
  it.each(VECTORS.slice(0, 30).map((vector) => [vector.slice(0, 60), vector]))(
    '%s',
    (_, vector) => {
      const { container } = render(<Snippet summary={`<c0>hit</c0> ${vector}<ddd/>`} />);
      assertInert(container);
      expect(container.querySelectorAll('mark')).toHaveLength(1);
    },
  );
});

describe('hostile posts in the feed and in search', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await freshSite();
    const author = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
    const themeIds = [(await author.plan.loadPlan()).themes[0]?.id as number];
    await author.practices.create({
      title: `<img src=x onerror="${RUN}"> kwaadaardig`,
      body: VECTORS.slice(0, 29).join('\n\n'),
      themeIds,
    });
  });

  it('shows the title as text and runs nothing, in the feed and in search results', async () => {
    const repositories = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague' && user.login.startsWith('bram')).login,
    );
    const { container, unmount } = renderWithSite(<PracticesPage />, {
      repositories,
      path: '/practices',
      url: '/practices',
    });
    expect(
      await screen.findByRole('heading', { name: `<img src=x onerror="${RUN}"> kwaadaardig` }),
    ).toBeInTheDocument();
    assertInert(container, true);
    unmount();

    const search = renderWithSite(<PracticesPage />, {
      repositories,
      path: '/practices',
      url: '/practices?q=kwaadaardig',
    });
    expect(await screen.findByText(/1 resultaat/)).toBeInTheDocument();
    assertInert(search.container, true);
  });
});
