import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDateIn, type CalendarDate } from '../../src/domain/calendar-date';
import { startE2E, type E2E } from './support/harness';
import { signInAs } from './support/page-helpers';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const COORDINATOR = /Sanne Vermeulen/;
const OWNER = /Joris Hermans \(Klimaat\)/;

/** Clicks an export button and returns the file the browser saved. */
async function download(page: Page, button: Locator): Promise<{ name: string; file: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await saved.path();
  if (!path) throw new Error(`${saved.suggestedFilename()} was not saved`);
  return { name: saved.suggestedFilename(), file: await readFile(path) };
}

interface Listed {
  titles: string[];
  /** The app's own links to the actions, absolute. */
  urls: string[];
}

async function listed(table: Locator): Promise<Listed> {
  await table.waitFor();
  const links = await table.getByRole('link').all();
  return {
    titles: await Promise.all(links.map(async (link) => (await link.textContent()) ?? '')),
    urls: await Promise.all(
      links.map(async (link) => `${e2e.appUrl}${(await link.getAttribute('href')) ?? ''}`),
    ),
  };
}

async function sheetOf(file: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a copy gives Node's Buffer one of its own.
  await workbook.xlsx.load(new Uint8Array(file).buffer);
  const [sheet] = workbook.worksheets;
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  return sheet.getRows(2, sheet.rowCount - 1) ?? [];
}

type Property = { params: string[]; value: string };

/** The properties of each VEVENT, from RFC 5545 content lines (unfolded first). */
function eventsOf(ics: string): Map<string, Property>[] {
  const events: Map<string, Property>[] = [];
  let event: Map<string, Property> | undefined;
  for (const line of ics.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    if (line === 'BEGIN:VEVENT') event = new Map();
    else if (line === 'END:VEVENT' && event) {
      events.push(event);
      event = undefined;
    } else event?.set(name, { params, value: line.slice(colon + 1) });
  }
  return events;
}

const icsDate = (date: CalendarDate) => date.replaceAll('-', '');
const fromIcsDate = (value: string) =>
  `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` as CalendarDate;

describe('exporting deadlines from Chromium', () => {
  it('takes the filtered overview to Excel and to the calendar', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, COORDINATOR);
    await page.goto(`${e2e.appUrl}/deadlines`);
    await page.getByRole('heading', { level: 1, name: 'Deadline-overzicht' }).waitFor();
    await page.getByRole('combobox', { name: 'Thema', exact: true }).selectOption('klimaat');
    await page.getByRole('combobox', { name: 'Deadline', exact: true }).selectOption('overdue');
    await expect
      .poll(() => new URL(page.url()).search)
      .toMatch(/^(?=.*theme=klimaat)(?=.*section=overdue)/);
    const overdue = page.getByRole('table', { name: /^Te laat \(\d+\)$/ });
    const shown = await listed(overdue);
    expect(shown.titles.length).toBeGreaterThan(0);
    const today = calendarDateIn(new Date());

    const excel = await download(page, page.getByRole('button', { name: 'Naar Excel' }));
    expect(excel.name).toBe(`mvoi-deadlines-${today}.xlsx`);
    const sheet = await sheetOf(excel.file);
    expect(sheet.getRow(1).getCell(1).value).toBe('Actie');
    expect(sheet.autoFilter).toBe(`A1:J${shown.titles.length + 1}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = dataRows(sheet);
    expect(rows.map((row) => row.getCell(1).text)).toEqual(shown.titles);
    for (const row of rows) {
      expect(row.getCell(2).value).toBe('Klimaat');
      expect(row.getCell(9).value).toBe('Te laat');
      const deadline = row.getCell(6).value;
      expect(deadline).toBeInstanceOf(Date);
      expect((deadline as Date).toISOString().slice(0, 10) < today).toBe(true);
      expect(row.getCell(10).value).toBeLessThan(0);
    }

    const calendarButton = page.getByRole('button', { name: 'Zet in agenda' });
    const calendar = await download(page, calendarButton);
    expect(calendar.name).toBe(`mvoi-deadlines-${today}.ics`);
    const ics = calendar.file.toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const events = eventsOf(ics);
    expect(events).toHaveLength(shown.titles.length);
    for (const event of events) {
      const start = event.get('DTSTART');
      expect(start?.params).toEqual(['VALUE=DATE']);
      expect(event.get('DTEND')).toEqual({
        params: ['VALUE=DATE'],
        value: icsDate(addDays(fromIcsDate(start?.value ?? ''), 1)),
      });
    }
    expect(events.map((event) => event.get('URL')?.value).sort()).toEqual([...shown.urls].sort());

    const again = eventsOf((await download(page, calendarButton)).file.toString('utf8'));
    const uids = (of: typeof events) => of.map((event) => event.get('UID')?.value);
    expect(uids(again)).toEqual(uids(events));
    expect(new Set(uids(events)).size).toBe(events.length);
  });

  it('takes a theme owner’s own deadlines to Excel and to the calendar', async () => {
    const page = await e2e.newPage();
    await signInAs(page, e2e.appUrl, OWNER);
    await page.goto(`${e2e.appUrl}/my-deadlines`);
    const shown = await listed(page.getByRole('table', { name: 'Mijn deadlines' }));
    expect(shown.titles.length).toBeGreaterThan(0);
    const today = calendarDateIn(new Date());

    const excel = await download(page, page.getByRole('button', { name: 'Naar Excel' }));
    expect(excel.name).toBe(`mvoi-mijn-deadlines-${today}.xlsx`);
    const rows = dataRows(await sheetOf(excel.file));
    expect(rows.map((row) => row.getCell(1).text)).toEqual(shown.titles);
    for (const row of rows) expect(row.getCell(4).text).toMatch(/^Joris Hermans/);

    const calendar = await download(page, page.getByRole('button', { name: 'Zet in agenda' }));
    expect(calendar.name).toBe(`mvoi-mijn-deadlines-${today}.ics`);
    const events = eventsOf(calendar.file.toString('utf8'));
    expect(events.map((event) => event.get('URL')?.value).sort()).toEqual([...shown.urls].sort());
  });
});
