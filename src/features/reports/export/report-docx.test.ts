import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_ACT,
  SAMPLE_EXPLANATION,
  sampleYearReport,
} from '../../../../tests/support/year-report-sample';
import { createI18n } from '../../../i18n/i18n';
import { reportDocument } from '../report-document';
import { buildReportDocx, DOCX_TYPE } from './report-docx';

async function documentXml(blob: Blob): Promise<string> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return strFromU8(xml);
}

/** The text of each paragraph of a style, in order. */
function paragraphsOf(xml: string, style: string): string[] {
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
  return paragraphs
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
}

describe('buildReportDocx', () => {
  const nl = { t: createI18n('nl').t, language: 'nl' as const };

  it('writes the report with a heading per section, in the council’s order', async () => {
    const blob = await buildReportDocx(reportDocument(sampleYearReport(), nl), 'nl-NL');
    expect(blob.type).toBe(DOCX_TYPE);
    const xml = await documentXml(blob);
    expect(paragraphsOf(xml, 'Title')).toEqual(['Voortgangsrapportage MVOI 2025']);
    expect(paragraphsOf(xml, 'Heading1')).toEqual([
      'Samenvatting',
      'Inleiding en leeswijzer',
      'Thema Klimaat',
      'Thema Circulair',
      'Organisatiebrede acties',
      'Conclusies en voorstel voor de actualisatie',
      'Wat deze rapportage niet kan weten',
    ]);
    expect(paragraphsOf(xml, 'Heading2')).toContain('Wat gaan we anders doen (Act)');
  });

  it('holds the confirmed assessment: step, status in words and colour, explanation and Act', async () => {
    const xml = await documentXml(
      await buildReportDocx(reportDocument(sampleYearReport(), nl), 'nl-NL'),
    );
    const text = textOf(xml);
    expect(text).toContain(SAMPLE_EXPLANATION);
    expect(text).toContain(SAMPLE_ACT);
    expect(text).toContain('Van de nulmeting, stap 2 (Pilots), naar stap 3 (Verbreding) in 2025.');
    expect(text).toContain('Sanne Vermeulen op 15 december 2025 (versie 1)');
    // The status cell names its colour and is shaded in it.
    expect(xml).toMatch(/w:fill="F4B183"[\s\S]*?Aandacht nodig \(oranje\)/);
    expect(text).toContain('Niet te bepalen (grijs)');
  });

  it('lays the ladder and the actions out as tables, each theme on a new page', async () => {
    const xml = await documentXml(
      await buildReportDocx(reportDocument(sampleYearReport(), nl), 'nl-NL'),
    );
    expect(paragraphsOf(xml, 'Caption')).toEqual(
      expect.arrayContaining([
        'Ambitieladder Klimaat',
        'Gereed: Klimaat (1)',
        'Te laat: Klimaat (1)',
        'Verschoven naar een later jaar: Circulair (1)',
        'In uitvoering: organisatiebreed (1)',
      ]),
    );
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(8);
    expect(xml).toContain('<w:tblHeader/>');
    const themeHeading = /<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>[^]*?Thema Klimaat/;
    expect(xml).toMatch(themeHeading);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('writes English for an English user', async () => {
    const xml = await documentXml(
      await buildReportDocx(
        reportDocument(sampleYearReport(), { t: createI18n('en').t, language: 'en' }),
        'en-GB',
      ),
    );
    expect(paragraphsOf(xml, 'Title')).toEqual(['MVOI progress report 2025']);
    expect(textOf(xml)).toContain('Needs attention (orange)');
    expect(paragraphsOf(xml, 'Heading1')).toContain('What this report cannot know');
  });
});
