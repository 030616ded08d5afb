import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import type { TestSite } from '../testing/test-site';
import { KLIMAAT_OWNER, startTestSite } from '../testing/test-site';

const random = seededRandom(20250331);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const PROPERTIES = [
  'Id',
  'ID',
  'Title',
  'Status',
  'Tags',
  'Priority',
  'DueDate',
  'Done',
  'Notes',
  'Link',
  'OwnerId',
  'Owner/Id',
  'Owner/Title',
  'Owner/EMail',
  'ThemeId',
  'Theme/Id',
  'Theme/Title',
  'PilotsId',
  'Pilots/Title',
  'Created',
  'AuthorId',
  'Author/Title',
  'Nope',
  'Owner',
  'Theme/Nope',
  'a/b/c',
];
const OPERATORS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'EQ', 'like', 'has'];
const LITERALS = [
  "'Open'",
  "'O''Brien'",
  "''",
  "'",
  '1',
  '0',
  '-3.5',
  '1e3',
  '99999999999999999999',
  'true',
  'false',
  'null',
  "datetime'2025-03-31T00:00:00Z'",
  "datetime'bogus'",
  "'2025-03-31T00:00:00.000Z'",
  "guid'0a8b7c6d-0000-4000-8000-000000000001'",
  "guid'x'",
  '1.5m',
  'NaN',
  "'\u00e9\u{1F600}'",
];
const FUNCTIONS = [
  'startswith',
  'substringof',
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'endswith',
  'tolower',
  'length',
];
const NOISE = [
  '(',
  ')',
  ',',
  '/',
  "'",
  ' ',
  'and',
  'or',
  'not',
  '$',
  '%',
  '&',
  '=',
  '?',
  '#',
  '\\',
  '"',
  '\u0000',
  '\n',
  '@p',
];

/** Columns with literals of their own type, so a good share of the filters is valid. */
const TYPED: readonly [string, readonly string[]][] = [
  ['Title', ["'Open'", "'O''Brien'", 'null']],
  ['Status', ["'Open'", "'Klaar'", 'null']],
  ['Priority', ['1', '2.5', '-3', 'null']],
  ['DueDate', ["datetime'2025-03-31T00:00:00Z'", "'2025-01-01'", 'null']],
  ['Done', ['1', '0', 'true', 'false']],
  ['OwnerId', ['1', '7', 'null']],
  ['PilotsId', ['1', '2']],
  ['Theme/Id', ['1', '3']],
];

function comparison(): string {
  if (random() < 0.5) {
    const [column, literals] = pick(TYPED);
    const operator =
      column === 'PilotsId' || literals.includes('null')
        ? pick(['eq', 'ne'])
        : pick(OPERATORS.slice(0, 6));
    return `${column} ${operator} ${pick(literals)}`;
  }
  const left = pick(PROPERTIES);
  const right = pick(LITERALS);
  return random() < 0.2
    ? `${right} ${pick(OPERATORS)} ${left}`
    : `${left} ${pick(OPERATORS)} ${right}`;
}

function call(): string {
  const name = pick(FUNCTIONS);
  const args =
    random() < 0.5
      ? `${pick(PROPERTIES)},${pick(LITERALS)}`
      : `${pick(LITERALS)}, ${pick(PROPERTIES)}`;
  return random() < 0.5
    ? `${name}(${args})`
    : `${name}(${pick(PROPERTIES)}) ${pick(OPERATORS)} ${pick(LITERALS)}`;
}

function expression(depth: number): string {
  const roll = random();
  if (depth > 4 || roll < 0.35) return random() < 0.75 ? comparison() : call();
  if (roll < 0.55) return `(${expression(depth + 1)})`;
  if (roll < 0.65) return `not ${expression(depth + 1)}`;
  return `${expression(depth + 1)} ${pick(['and', 'or', 'AND', 'Or'])} ${expression(depth + 1)}`;
}

function mutate(text: string): string {
  let result = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (result.length + 1));
    const roll = random();
    if (roll < 0.3) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(random() * 5));
    else if (roll < 0.6) result = result.slice(0, at) + pick(NOISE) + result.slice(at);
    else if (roll < 0.8) result = result.slice(0, at);
    else result = result + result.slice(at);
  }
  return result;
}

function randomChars(): string {
  const length = Math.floor(random() * 40);
  return Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0x250))).join('');
}

function filters(count: number): string[] {
  const result: string[] = [
    `${'('.repeat(500)}Id eq 1${')'.repeat(500)}`,
    `${'not '.repeat(2000)}Id eq 1`,
    Array.from({ length: 1500 }, (_, i) => `Id eq ${i}`).join(' or '),
    `Title eq '${'x'.repeat(20_000)}'`,
    'year(year(year(year(DueDate)))) eq 1',
  ];
  while (result.length < count) {
    const roll = random();
    if (roll < 0.35) result.push(expression(0));
    else if (roll < 0.85) result.push(mutate(expression(0)));
    else result.push(randomChars());
  }
  return result;
}

let site: TestSite;

beforeAll(async () => {
  site = await startTestSite();
  const sp = await site.sp();
  const { Id: themes } = await sp.web.lists.add('Thema');
  await sp.web.lists.getById(themes).items.add({ Title: 'Klimaat' });
  const { Id } = await sp.web.lists.add('Fuzz');
  const fields = sp.web.lists.getById(Id).fields;
  await fields.addChoice('Status', { Choices: ['Open', 'Klaar'] });
  await fields.addMultiChoice('Tags', { Choices: ['a', 'b'] });
  await fields.addNumber('Priority');
  await fields.addDateTime('DueDate');
  await fields.addBoolean('Done');
  await fields.addMultilineText('Notes');
  await fields.addUrl('Link');
  await fields.addUser('Owner');
  await fields.addLookup('Theme', { LookupListId: themes, LookupFieldName: 'Title' });
  await fields.addLookup('Pilots', { LookupListId: themes, LookupFieldName: 'Title' });
  await fields.getByInternalNameOrTitle('Pilots').update({ AllowMultipleValues: true });
  const owner = (await sp.web.ensureUser(KLIMAAT_OWNER)).Id;
  const items = sp.web.lists.getById(Id).items;
  await items.add({
    Title: "O'Brien",
    Status: 'Open',
    Tags: ['a'],
    Priority: 2,
    DueDate: '2025-03-31T00:00:00Z',
    Done: true,
    OwnerId: owner,
    ThemeId: 1,
    PilotsId: [1],
    Link: { Url: 'https://example.org', Description: 'x' },
  });
  await items.add({ Title: 'Leeg' });
});

afterAll(() => site.close());

const PARTS = 4;
const inputs = filters(2000);
const parts = Array.from({ length: PARTS }, (_, index) => {
  const size = inputs.length / PARTS;
  return { part: index + 1, filters: inputs.slice(index * size, (index + 1) * size) };
});

describe('$filter fuzzing through the HTTP server', () => {
  // The 2,000 filters go in parts, so that each test stays short on a busy machine.
  it.each(parts)(
    `answers every random or mutated filter with 200 or 400, never 500, a crash or a hang (part $part of ${PARTS})`,
    async ({ filters: part }) => {
      const statuses = new Map<number, number>();
      const unexpected: string[] = [];
      const send = async (filter: string) => {
        const expand = random() < 0.5 ? '&$expand=Owner,Theme,Pilots,Author' : '';
        const query = `${new URLSearchParams({ $filter: filter, $select: 'Id' }).toString()}${expand}`;
        const response = await site.api(`web/lists/getByTitle('Fuzz')/items?${query}`, {
          signal: AbortSignal.timeout(5000),
        });
        const text = await response.text();
        const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const shaped = response.status === 200 ? Array.isArray(body.value) : 'odata.error' in body;
        if ((response.status !== 200 && response.status !== 400) || !shaped)
          unexpected.push(`${response.status}: ${filter.slice(0, 200)}`);
      };
      const queue = [...part];
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let next = queue.shift(); next !== undefined; next = queue.shift()) await send(next);
        }),
      );
      expect(unexpected).toEqual([]);
      expect((statuses.get(200) ?? 0) + (statuses.get(400) ?? 0)).toBe(part.length);
      // The generator must reach both outcomes, or it tests nothing.
      expect(statuses.get(200)).toBeGreaterThan(25);
      expect(statuses.get(400)).toBeGreaterThan(75);
      const alive = await site.api('web?$select=Title');
      expect(alive.status).toBe(200);
    },
  );

  it('survives malformed percent-encoding and garbage option values', async () => {
    for (const query of [
      '$filter=%E0%A4%A',
      '$filter=Title%20eq%20%27%',
      '$orderby=%00',
      '$select=Id,%ZZ',
      '$top=1e3',
      '$skiptoken=%%%',
      '$expand=Owner/Title/x',
    ]) {
      const response = await site.api(`web/lists/getByTitle('Fuzz')/items?${query}`);
      expect([200, 400]).toContain(response.status);
    }
  });
});
