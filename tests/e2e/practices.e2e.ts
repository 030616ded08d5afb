import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl } from '../../src/data/sharepoint/list-schema';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { startE2E, type E2E } from './support/harness';
import { severeViolations, signInAs } from './support/page-helpers';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const AUTHOR = { name: /Lotte Peeters/, login: 'lotte.peeters@mvoi.local' };
const READER = { name: /Bram Janssen/, login: 'bram.janssen@mvoi.local' };
const BYSTANDER = { name: /Fleur Smeets/ };
const COORDINATOR = { name: /Sanne Vermeulen/, login: 'coordinator@mvoi.local' };
const TITLE = 'Zonnepanelen op het stadskantoor';
const EDITED = 'Zonnepanelen op het stadskantoor en de bibliotheek';
const COMMENT_WORD = 'warmtepompdak';

/** A real 32×24 PNG, striped, so the browser has something to decode and lay out. */
function stripedPng(): Buffer {
  const png = new PNG({ width: 32, height: 24 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const offset = (png.width * y + x) << 2;
      const stripe = Math.floor(x / 4) % 2 === 0;
      png.data[offset] = stripe ? 0 : 250;
      png.data[offset + 1] = stripe ? 120 : 200;
      png.data[offset + 2] = stripe ? 200 : 0;
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

async function openAs(who: { name: RegExp }, path: string): Promise<Page> {
  const page = await e2e.newPage();
  await signInAs(page, e2e.appUrl, who.name);
  await page.goto(`${e2e.appUrl}${path}`);
  return page;
}

/** The post as SharePoint's REST API gives it to `login`, past the app. */
async function restStatus(login: string, id: number): Promise<number> {
  const { siteUrl } = e2e.sharePoint;
  const token = await localToken(siteUrl, login);
  const list = new URL(listUrl(siteUrl, 'MvoiPractices'), siteUrl).pathname;
  const response = await fetch(`${siteUrl}/_api/web/getlist('${list}')/items(${id})`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json;odata=nometadata' },
  });
  await response.body?.cancel();
  return response.status;
}

describe('the good-practice feed in Chromium', () => {
  let id = 0;

  it('lets a colleague post with an image, which shows, in an accessible editor', async () => {
    const page = await openAs(AUTHOR, '/practices');
    await page.getByText('Nog geen goede voorbeelden. Deel het eerste!').waitFor();
    expect(await severeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nieuw voorbeeld' }).click();
    const editor = page.getByRole('dialog', { name: 'Nieuw goed voorbeeld' });
    await editor.getByRole('textbox', { name: /Titel/ }).fill(TITLE);
    await editor
      .getByRole('textbox', { name: /Tekst/ })
      .fill('We legden **420 panelen** op het dak.\n\n- minder stroom\n- meer schaduw');
    await editor.getByRole('checkbox', { name: 'Klimaat' }).check();
    await editor.getByLabel(/Afbeeldingen/).setInputFiles({
      name: 'dak.png',
      mimeType: 'image/png',
      buffer: stripedPng(),
    });
    await editor.getByRole('img', { name: 'dak.png' }).waitFor();
    expect(await severeViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Plaatsen' }).click();
    await editor.waitFor({ state: 'detached' });

    const card = page.getByRole('article', { name: TITLE });
    const image = card.getByRole('img', { name: `Afbeelding 1 bij “${TITLE}”` });
    await image.waitFor();
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: { naturalWidth: number }) => element.naturalWidth))
      .toBe(32);
    expect(await card.getByText('420 panelen').evaluate((element) => element.tagName)).toBe(
      'STRONG',
    );
    const href = await card.getByRole('link', { name: TITLE }).getAttribute('href');
    id = Number(/\/practices\/(\d+)$/.exec(href ?? '')?.[1]);
    expect(id).toBeGreaterThan(0);
  });

  it('lets another colleague react and comment on the post’s page', async () => {
    const page = await openAs(READER, `/practices/${id}`);
    const card = page.getByRole('article', { name: TITLE });
    await card.getByRole('img', { name: `Afbeelding 1 bij “${TITLE}”` }).waitFor();
    const useful = card.getByRole('button', { name: 'Nuttig: 0' });
    await expect.poll(() => useful.isEnabled()).toBe(true);
    await useful.click();
    await card.getByRole('button', { name: 'Nuttig: 1', pressed: true }).waitFor();

    await page
      .getByRole('textbox', { name: 'Jouw reactie' })
      .fill(`Bij ons werkt een ${COMMENT_WORD} even goed.`);
    await page.getByRole('button', { name: 'Reageren' }).click();
    await expect
      .poll(() => page.getByText(`Bij ons werkt een ${COMMENT_WORD} even goed.`).count())
      .toBe(1);
    // Scanned once the form is idle again: a disabled control mid-save is exempt from WCAG's
    // contrast rule (1.4.3), but axe judges its dimmed colours all the same.
    await expect.poll(() => page.getByRole('button', { name: 'Reageren' }).isEnabled()).toBe(true);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('finds the post by a word from its comment', async () => {
    const page = await openAs(READER, '/practices');
    await page.getByRole('searchbox', { name: 'Zoeken in goede voorbeelden' }).fill(COMMENT_WORD);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText(`1 resultaat voor “${COMMENT_WORD}”`).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.getByText('in een reactie').waitFor();
    expect(await page.locator('mark').first().textContent()).toBe(COMMENT_WORD);
  });

  it('lists the post on its theme’s page, with a link to the feed filtered on the theme', async () => {
    const page = await openAs(READER, '/themes/klimaat');
    const linked = page.getByRole('region', { name: 'Goede voorbeelden' });
    await linked.getByRole('link', { name: TITLE }).waitFor();
    await linked.getByRole('link', { name: 'Alle gekoppelde goede voorbeelden' }).click();
    await page.getByRole('article', { name: TITLE }).waitFor();
    expect(new URL(page.url()).searchParams.get('thema')).toMatch(/^\d+$/);
  });

  it('lets the author edit the post', async () => {
    const page = await openAs(AUTHOR, `/practices/${id}`);
    await page
      .getByRole('article', { name: TITLE })
      .getByRole('button', { name: 'Bewerken' })
      .click();
    const editor = page.getByRole('dialog', { name: 'Voorbeeld bewerken' });
    await editor.getByRole('textbox', { name: /Titel/ }).fill(EDITED);
    expect(await severeViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: EDITED }).waitFor();
  });

  it('lets the coordinator pin and then hide it, after which colleagues no longer see it', async () => {
    const page = await openAs(COORDINATOR, '/practices');
    const card = page.getByRole('article', { name: EDITED });
    await card.getByRole('button', { name: 'Vastzetten' }).click();
    const pinned = page.getByRole('region', { name: 'Vastgezet' });
    await pinned.getByRole('article', { name: EDITED }).waitFor();

    await pinned.getByRole('button', { name: 'Verbergen' }).click();
    await page
      .getByRole('dialog', { name: 'Verbergen' })
      .getByRole('button', { name: 'Verbergen' })
      .click();
    await pinned
      .getByRole('article', { name: EDITED })
      .getByText('Verborgen', { exact: true })
      .waitFor();

    const reader = await openAs(READER, '/practices');
    await reader.getByText('Nog geen goede voorbeelden. Deel het eerste!').waitFor();
    await reader.goto(`${e2e.appUrl}/practices/${id}`);
    await reader.getByText('Dit voorbeeld bestaat niet (meer) of je mag het niet zien.').waitFor();
    // Search is trimmed by permissions too (a colleague who did not comment: a commenter keeps
    // reading his own comment).
    const bystander = await openAs(BYSTANDER, '/practices');
    await bystander
      .getByRole('searchbox', { name: 'Zoeken in goede voorbeelden' })
      .fill(COMMENT_WORD);
    await bystander.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await bystander.getByText(`Niets gevonden voor “${COMMENT_WORD}”.`).waitFor();

    // SharePoint itself refuses it, not only the app: the same request works for a coordinator.
    expect(await restStatus(COORDINATOR.login, id)).toBe(200);
    expect(await restStatus(READER.login, id)).toBe(404);
  });

  it.each(['dark', 'contrast'])('shows the feed accessibly in Teams’ %s theme', async (theme) => {
    const page = await e2e.newPage();
    await page.goto(e2e.teamsHostUrl({ tab: 'practices', theme, user: AUTHOR.login }));
    const app = page.frameLocator('#app-frame');
    // The author still sees her hidden post, with its danger badge: the hardest colours to get right.
    await app
      .getByRole('article', { name: EDITED })
      .getByText('Verborgen', { exact: true })
      .waitFor();
    await app.getByRole('img', { name: `Afbeelding 1 bij “${EDITED}”` }).waitFor();
    expect(await app.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
    expect(await severeViolations(page, '#app-frame')).toEqual([]);
  });

  it('can be used with the keyboard alone: post, then react', async () => {
    const page = await openAs(BYSTANDER, '/practices');
    await page.getByText('Nog geen goede voorbeelden. Deel het eerste!').waitFor();
    /** Presses Tab until `target` has the focus: it is reachable, in the page's order. */
    const tabTo = async (target: ReturnType<Page['getByRole']>) => {
      for (let presses = 0; presses < 40; presses++) {
        const focused = await target.evaluate(
          (element: { ownerDocument: { activeElement: unknown } }) =>
            element.ownerDocument.activeElement === element,
        );
        if (focused) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('not reachable with Tab');
    };
    await tabTo(page.getByRole('button', { name: 'Nieuw voorbeeld' }));
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Nieuw goed voorbeeld' });
    await tabTo(editor.getByRole('textbox', { name: /Titel/ }));
    await page.keyboard.type('Fietsenstalling van hergebruikt staal');
    await tabTo(editor.getByRole('textbox', { name: /Tekst/ }));
    await page.keyboard.type('Gebouwd uit oude **liggers**.');
    await tabTo(editor.getByRole('checkbox', { name: 'Circulair' }));
    await page.keyboard.press('Space');
    await tabTo(editor.getByRole('button', { name: 'Plaatsen' }));
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });

    const card = page.getByRole('article', { name: 'Fietsenstalling van hergebruikt staal' });
    const useful = card.getByRole('button', { name: 'Nuttig: 0' });
    await expect.poll(() => useful.isEnabled()).toBe(true);
    await tabTo(useful);
    await page.keyboard.press('Space');
    await card.getByRole('button', { name: 'Nuttig: 1', pressed: true }).waitFor();
  });
});
