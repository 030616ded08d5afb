import { describe, expect, it } from 'vitest';
import { snippetParts } from './highlight';

describe('search snippets', () => {
  it('marks the hits and turns the ellipsis into …', () => {
    expect(snippetParts('Het <c0>zwembad</c0> wekt<ddd/>')).toEqual([
      { text: 'Het ', hit: false },
      { text: 'zwembad', hit: true },
      { text: ' wekt…', hit: false },
    ]);
  });

  it('keeps every other tag as literal text', () => {
    expect(snippetParts('<img src=x onerror=alert(1)><c0><b>x</b></c0>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', hit: false },
      { text: '<b>x</b>', hit: true },
    ]);
  });
});
