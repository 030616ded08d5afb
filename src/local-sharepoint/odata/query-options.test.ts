import { describe, expect, it } from 'vitest';
import { SpError } from '../http/sp-error';
import { parseQueryOptions } from './query-options';

const parse = (query: string) => parseQueryOptions(new URLSearchParams(query));

describe('system query options', () => {
  it('reads the options PnPjs serializes, with form decoding', () => {
    const options = parse(
      '%24select=Id%2CTitle%2COwner%2FTitle&%24expand=Owner&%24filter=Status+eq+%27Open%27&%24orderby=DueDate+asc%2CId+desc&%24top=100',
    );
    expect(options.select).toEqual([['Id'], ['Title'], ['Owner', 'Title']]);
    expect(options.expand).toEqual([['Owner']]);
    expect(options.filter).toMatchObject({ kind: 'compare', operator: 'eq' });
    expect(options.orderBy).toEqual([
      { path: ['DueDate'], descending: false },
      { path: ['Id'], descending: true },
    ]);
    expect(options.top).toBe(100);
  });

  it('reads skiptokens forward and backward', () => {
    expect(parse('$skiptoken=Paged%3DTRUE%26p_ID%3D12').skipToken).toMatchObject({
      previous: false,
      id: 12,
    });
    expect(
      parse('$skiptoken=Paged=TRUE%26PagedPrev=TRUE%26p_ID=5%26p_Title=abc').skipToken,
    ).toMatchObject({
      previous: true,
      id: 5,
      values: new Map([['Title', 'abc']]),
    });
  });

  it.each([
    '$select=Id,,Title',
    '$select=Id;drop',
    '$expand=',
    '$orderby=Title sideways',
    '$top=abc',
    '$top=5001',
    '$top=-1',
    '$skiptoken=p_ID=3',
    '$skiptoken=Paged=TRUE%26p_ID=x',
    '$filter=Title eq',
    '$bogus=1',
  ])('answers 400 for %j', (query) => {
    expect(() => parse(query)).toThrow(SpError);
  });
});
