import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Repositories } from '../../../data/repositories';
import { DeadlineOverviewPage } from './deadline-overview-page';
import { MyDeadlinesPage } from './my-deadlines-page';

interface Download {
  fileName: string;
  blob: Blob;
}

let downloads: Download[];
let failDownloads: boolean;

// jsdom neither makes blob URLs nor downloads: record what the page hands to the browser.
beforeEach(() => {
  downloads = [];
  failDownloads = false;
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      if (failDownloads) throw new Error('no downloads here');
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => blobs.delete(url),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
});

// jsdom's Blob has no text() or arrayBuffer(); its FileReader reads one.
function read(blob: Blob, as: 'text'): Promise<string>;
function read(blob: Blob, as: 'bytes'): Promise<ArrayBuffer>;
function read(blob: Blob, as: 'text' | 'bytes'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}

/** The one file the page handed to the browser, by name. */
function downloaded(fileName: string): Blob {
  expect(downloads.map((download) => download.fileName)).toEqual([fileName]);
  const [download] = downloads;
  if (!download) throw new Error(`${fileName} was not downloaded`);
  return download.blob;
}

function shownTitles(): string[] {
  return screen
    .getAllByRole('table')
    .filter((table) => table.getAttribute('aria-label') !== 'Deadlines per thema')
    .flatMap((table) => within(table).queryAllByRole('link'))
    .map((link) => link.textContent ?? '');
}

const OVERDUE_IN_KLIMAAT = { path: '/deadlines', url: '/deadlines?theme=klimaat&section=overdue' };

describe('exporting the deadline overview', () => {
  let site: TestSite;
  let colleague: Repositories;

  beforeAll(async () => {
    // Transforming exceljs for jsdom takes seconds once per file: not a cost of any one test.
    await import('../export/deadline-workbook');
    site = await freshSite();
    colleague = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
  });

  it('puts the filtered deadlines in a calendar file named with today’s date', async () => {
    const user = userEvent.setup();
    renderWithSite(<DeadlineOverviewPage />, { repositories: colleague, ...OVERDUE_IN_KLIMAAT });
    const group = await screen.findByRole('group', { name: 'Exporteren' });
    const titles = shownTitles();
    expect(titles.length).toBeGreaterThan(0);

    await user.click(within(group).getByRole('button', { name: 'Zet in agenda' }));

    expect(
      await screen.findByText('mvoi-deadlines-2025-05-15.ics is gedownload.'),
    ).toBeInTheDocument();
    const ics = (await read(downloaded('mvoi-deadlines-2025-05-15.ics'), 'text')).replace(
      /\r\n[ \t]/g,
      '',
    );
    // "Start: <action>": the words of the moment never hold ": " themselves.
    const summaries = [...ics.matchAll(/^SUMMARY:(.*)\r$/gm)].map(([, summary = '']) =>
      summary.slice(summary.indexOf(': ') + 2).replace(/\\([\\;,])/g, '$1'),
    );
    expect(summaries.sort()).toEqual([...titles].sort());
    expect(ics).toMatch(/^URL;VALUE=URI:http:\/\/localhost(:\d+)?\/actions\/\d+\r$/m);
  });

  it('exports the filtered rows to Excel, showing that it is busy while the library loads', async () => {
    const user = userEvent.setup();
    renderWithSite(<DeadlineOverviewPage />, { repositories: colleague, ...OVERDUE_IN_KLIMAAT });
    const excel = await screen.findByRole('button', { name: 'Naar Excel' });
    const titles = shownTitles();

    await user.click(excel);
    expect(screen.getByText('Bestand wordt gemaakt…')).toBeInTheDocument();
    expect(excel).toHaveAttribute('aria-disabled', 'true');

    await screen.findByText('mvoi-deadlines-2025-05-15.xlsx is gedownload.');
    expect(excel).not.toHaveAttribute('aria-disabled', 'true');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await read(downloaded('mvoi-deadlines-2025-05-15.xlsx'), 'bytes'));
    const [sheet] = workbook.worksheets;
    expect(sheet?.rowCount).toBe(titles.length + 1);
    expect(
      sheet
        ?.getColumn(1)
        .values.slice(2)
        .map((value) => (value as { text: string }).text),
    ).toEqual(titles);
  });

  it('says so when the file cannot be made, and tries again', async () => {
    const user = userEvent.setup();
    renderWithSite(<DeadlineOverviewPage />, { repositories: colleague, ...OVERDUE_IN_KLIMAAT });
    failDownloads = true;
    await user.click(await screen.findByRole('button', { name: 'Zet in agenda' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Het agendabestand kon niet worden gemaakt. Probeer het opnieuw.',
    );
    failDownloads = false;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText('mvoi-deadlines-2025-05-15.ics is gedownload.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports a theme owner’s own deadlines from /my-deadlines', async () => {
    const user = userEvent.setup();
    const owner = await site.repositoriesFor(
      site.userWhere((person) => person.role === 'theme-owner' && person.themeKey === 'klimaat')
        .login,
    );
    renderWithSite(<MyDeadlinesPage />, {
      repositories: owner,
      path: '/my-deadlines',
      url: '/my-deadlines',
    });
    const titles = await screen.findByRole('table', { name: 'Mijn deadlines' }).then((table) =>
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    );

    await user.click(screen.getByRole('button', { name: 'Zet in agenda' }));

    await screen.findByText('mvoi-mijn-deadlines-2025-05-15.ics is gedownload.');
    const ics = await read(downloaded('mvoi-mijn-deadlines-2025-05-15.ics'), 'text');
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(titles.length);
  });

  it('offers nothing to export when the filters leave no action', async () => {
    renderWithSite(<DeadlineOverviewPage />, {
      repositories: colleague,
      path: '/deadlines',
      url: '/deadlines?theme=klimaat&section=done&status=blocked',
    });
    const group = await screen.findByRole('group', { name: 'Exporteren' });
    for (const button of within(group).getAllByRole('button')) expect(button).toBeDisabled();
  });
});
