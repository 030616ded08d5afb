import { screen, waitFor } from '@testing-library/react';

/** A modal's name from its own attributes: jsdom's accessible name of an aria-hidden one is empty. */
function titleOf(modal: HTMLElement): string | undefined {
  const labelledBy = modal.getAttribute('aria-labelledby');
  const label = labelledBy && modal.ownerDocument.getElementById(labelledBy)?.textContent;
  return label || modal.getAttribute('aria-label') || undefined;
}

/**
 * The open Fluent Dialog or trapping Popover named `title`, whether or not jsdom has hidden it.
 * In jsdom, Tabster's focus trap does not settle as in a browser: about 250 ms after a modal
 * opens it marks either the modal or the page behind it aria-hidden, depending on how it opened
 * and what was focused since, and an aria-hidden modal loses its accessible name. Role queries
 * for it or inside it race that timer on a busy machine; query inside with `hidden: true`. What a
 * focus trap hides and where the focus goes are the Chromium suite's to test.
 */
export function findModal(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const modal = screen
      .getAllByRole('dialog', { hidden: true })
      .find((candidate) => titleOf(candidate) === title);
    if (!modal) throw new Error(`no open dialog named “${title}”`);
    return modal;
  });
}
