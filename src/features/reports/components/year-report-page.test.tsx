import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import {
  SAMPLE_ACT,
  SAMPLE_EXPLANATION,
  sampleAssessment,
} from '../../../../tests/support/year-report-sample';
import type { Repositories } from '../../../data/repositories';
import { YearReportPage } from './year-report-page';

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

// jsdom's Blob has no arrayBuffer(); its FileReader reads one.
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

// While 2025 runs the report reads no histories; once it has ended it reads each action's.
const ROUTE = { path: '/reports/:year?', now: new Date('2025-11-20T10:00:00Z') };
const AFTER_2025 = { ...ROUTE, now: new Date('2026-01-20T10:00:00Z') };

describe('the year report page', () => {
  let site: TestSite;
  let coordinator: Repositories;

  beforeAll(async () => {
    // Transforming docx for jsdom takes a while once per file: not a cost of any one test.
    await import('../export/report-docx');
    site = await freshSite();
    const real = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    const { items: themes } = await real.themes.list();
    const klimaat = themes.find((theme) => theme.key === 'klimaat');
    if (!klimaat) throw new Error('the seeded plan has no Klimaat');
    // The assessments as the coordinator confirmed them; the rest of the site is real.
    coordinator = {
      ...real,
      assessments: {
        ...real.assessments,
        listByYear: async (year) => ({
          items: [
            { ...sampleAssessment, themeId: klimaat.id },
            {
              ...sampleAssessment,
              id: 2,
              themeId: klimaat.id,
              revision: 2,
              state: 'draft' as const,
              explanation: 'Nog niet vastgestelde correctie',
            },
          ].filter((assessment) => assessment.year === year),
          problems: [],
        }),
      },
    };
  });

  it('shows the confirmed assessment of an ended year with its status in words', async () => {
    renderWithSite(<YearReportPage />, {
      repositories: coordinator,
      ...AFTER_2025,
      url: '/reports/2025',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voortgangsrapportage MVOI 2025' }),
    ).toBeInTheDocument();
    const klimaat = await screen.findByRole('region', { name: 'Thema Klimaat' });
    const assessment = within(klimaat).getByRole('table', { name: 'Beoordeling Klimaat 2025' });
    expect(within(assessment).getByText(SAMPLE_EXPLANATION)).toBeInTheDocument();
    expect(within(assessment).getByText('Aandacht nodig (oranje)')).toBeInTheDocument();
    expect(within(klimaat).getByText(SAMPLE_ACT)).toBeInTheDocument();
    expect(screen.queryByText('Nog niet vastgestelde correctie')).not.toBeInTheDocument();
    const unknowns = within(
      screen.getByRole('region', { name: 'Wat deze rapportage niet kan weten' }),
    );
    expect(
      unknowns.getByText(
        /Er ligt een concept of correctie die nog niet is vastgesteld voor: Klimaat/,
      ),
    ).toBeInTheDocument();
    expect(
      unknowns.getByText(/De status van de acties is die aan het einde van het jaar/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual([
      'Inhoud',
      'Samenvatting',
      'Inleiding en leeswijzer',
      'Thema Klimaat',
      'Thema Circulair',
      'Thema Milieu & biodiversiteit',
      'Thema Ketenverantwoordelijkheid',
      'Thema Diversiteit & inclusie',
      'Thema Social Return',
      'Organisatiebrede acties',
      'Conclusies en voorstel voor de actualisatie',
      'Wat deze rapportage niet kan weten',
    ]);
  });

  it('switches year with the year picker', async () => {
    const user = userEvent.setup();
    renderWithSite(<YearReportPage />, {
      repositories: coordinator,
      ...ROUTE,
      url: '/reports/2025',
    });
    await screen.findByRole('region', { name: 'Thema Klimaat' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jaar' }), '2026');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voortgangsrapportage MVOI 2026' }),
    ).toBeInTheDocument();
    const klimaat = await screen.findByRole('region', { name: 'Thema Klimaat' });
    expect(
      within(klimaat).getByText('De beoordeling van 2026 is nog niet vastgesteld.'),
    ).toBeInTheDocument();
  });

  it('downloads the report in Word', async () => {
    const user = userEvent.setup();
    renderWithSite(<YearReportPage />, {
      repositories: coordinator,
      ...ROUTE,
      url: '/reports/2025',
    });
    const word = await screen.findByRole('button', { name: 'Download Word' });

    await user.click(word);
    await screen.findByText('mvoi-voortgangsrapportage-2025.docx is gedownload.');
    expect(downloads.map((download) => download.fileName)).toEqual([
      'mvoi-voortgangsrapportage-2025.docx',
    ]);
    const [download] = downloads;
    const files = unzipSync(new Uint8Array(await bytesOf(download?.blob ?? new Blob())));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain(SAMPLE_EXPLANATION);
  });

  it('says so in Dutch when the file cannot be made, and tries again', async () => {
    const user = userEvent.setup();
    renderWithSite(<YearReportPage />, {
      repositories: coordinator,
      ...ROUTE,
      url: '/reports/2025',
    });
    failDownloads = true;
    await user.click(await screen.findByRole('button', { name: 'Download Word' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Het Word-bestand kon niet worden gemaakt. Probeer het opnieuw.',
    );

    failDownloads = false;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText('mvoi-voortgangsrapportage-2025.docx is gedownload.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
