import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Repositories } from '../../../data/repositories';
import { PracticeEditor } from './practice-editor';

describe('the practice editor', () => {
  let site: TestSite;
  let repositories: Repositories;

  // jsdom has no blob URLs; a browser does (the e2e suite shows the real images).
  const { createObjectURL, revokeObjectURL } = URL;
  beforeAll(async () => {
    URL.createObjectURL = () => 'blob:preview';
    URL.revokeObjectURL = () => undefined;
    site = await freshSite();
    repositories = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
  });

  afterAll(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });

  const open = (onSaved = vi.fn(), onClose = vi.fn()) => {
    renderWithSite(
      <PracticeEditor practice={undefined} defaults={{}} onClose={onClose} onSaved={onSaved} />,
      { repositories },
    );
    return screen.findByRole('dialog', { name: 'Nieuw goed voorbeeld' });
  };

  it('says in Dutch what is missing, and posts nothing', async () => {
    const user = userEvent.setup();
    const dialog = await open();
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
    expect(await within(dialog).findByText('Geef het voorbeeld een titel.')).toBeInTheDocument();
    expect(within(dialog).getByText('Beschrijf het voorbeeld.')).toBeInTheDocument();
    expect(within(dialog).getByText('Kies minstens één thema.')).toBeInTheDocument();
    expect((await repositories.practices.page({})).items).toEqual([]);
  });

  it('previews the Markdown and refuses a file that is not an image, whatever its name', async () => {
    const user = userEvent.setup();
    const dialog = await open();
    await enter(user, within(dialog).getByRole('textbox', { name: /Tekst/ }), 'Een **vette** zaak');
    await user.click(within(dialog).getByRole('tab', { name: /^Voorbeeld/ }));
    expect(within(dialog).getByText('vette').tagName).toBe('STRONG');
    const fake = new File(['<svg onload=alert(1)>'], 'foto.png', { type: 'image/png' });
    await user.upload(within(dialog).getByLabelText(/Afbeeldingen/), fake);
    expect(
      await within(dialog).findByText(/“foto.png” is geen png-, jpeg- of webp-afbeelding/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument();
  });

  it('posts with a theme and an image read from its bytes', async () => {
    // The picker's filter can be switched to all files: the bytes decide.
    const user = userEvent.setup({ applyAccept: false });
    const onSaved = vi.fn();
    const onClose = vi.fn();
    const dialog = await open(onSaved, onClose);
    await enter(user, within(dialog).getByRole('textbox', { name: /Titel/ }), 'Zonnedaken');
    await enter(user, within(dialog).getByRole('textbox', { name: /Tekst/ }), 'Op elk dak');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Klimaat' }));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1]);
    await user.upload(
      within(dialog).getByLabelText(/Afbeeldingen/),
      new File([png], 'dak.bin', { type: 'application/octet-stream' }),
    );
    expect(await within(dialog).findByRole('img', { name: 'dak.bin' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [saved] = (await repositories.practices.page({})).items;
    expect(saved).toMatchObject({ title: 'Zonnedaken', hasImages: true });
    expect(await repositories.practices.images(saved?.id as number)).toHaveLength(1);
  });

  it('lets the author choose per field when the post changed in another tab, overwriting nothing', async () => {
    const user = userEvent.setup();
    const { themes } = await repositories.plan.loadPlan();
    const themeIds = [themes[0]?.id as number];
    const read = await repositories.practices.create({
      title: 'Fietsenstalling',
      body: 'Eerste tekst',
      themeIds,
    });
    await repositories.practices.update(
      read.id,
      { title: 'Fietsenstalling bij het station', body: 'Eerste tekst', themeIds },
      read.version,
    );
    const onClose = vi.fn();
    renderWithSite(
      <PracticeEditor practice={read} defaults={{}} onClose={onClose} onSaved={vi.fn()} />,
      { repositories },
    );
    const dialog = await findModal('Voorbeeld bewerken');
    const body = await within(dialog).findByRole('textbox', { name: /Tekst/, hidden: true });
    await user.clear(body);
    await enter(user, body, 'Tweede tekst');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));

    expect(
      await within(dialog).findByText('Iemand anders heeft dit intussen gewijzigd'),
    ).toBeInTheDocument();
    const title = within(dialog).getByRole('radiogroup', { name: 'Titel', hidden: true });
    expect(within(title).getByRole('radio', { name: /Nu opgeslagen/, hidden: true })).toBeChecked();
    const text = within(dialog).getByRole('radiogroup', { name: 'Tekst', hidden: true });
    expect(within(text).getByRole('radio', { name: /Uw versie/, hidden: true })).toBeChecked();
    expect((await repositories.practices.get(read.id)).body).toBe('Eerste tekst');

    await user.click(within(dialog).getByRole('button', { name: 'Keuze opslaan', hidden: true }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await repositories.practices.get(read.id)).toMatchObject({
      title: 'Fietsenstalling bij het station',
      body: 'Tweede tekst',
    });
  });
});
