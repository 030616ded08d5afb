import { describe, expect, it } from 'vitest';
import { parsePathSegments } from './path-segments';

describe('REST path segments', () => {
  it('splits outside quotes and reads literal arguments', () => {
    const segments = parsePathSegments(
      "web/lists/getByTitle('A/B ''quoted''')/items(3)",
      new URLSearchParams(),
    );
    expect(segments.map((s) => s.key)).toEqual(['web', 'lists', 'getbytitle', 'items']);
    expect(segments[2]?.args?.positional).toEqual([{ type: 'string', value: "A/B 'quoted'" }]);
    expect(segments[3]?.args?.positional).toEqual([{ type: 'number', value: 3 }]);
  });

  it('reads named arguments, guids and aliases', () => {
    const [ra, list, user] = parsePathSegments(
      "roleassignments/addroleassignment(principalid=5, roledefid=1073741829)/x/Lists(guid'0A8B7C6D-0000-4000-8000-000000000001')/siteusers(@v)",
      new URLSearchParams("@v='i:0#.f|membership|a@b'"),
    )
      .slice(1)
      .filter((_, i) => i !== 1);
    expect(ra?.args?.named.get('principalid')).toEqual({ type: 'number', value: 5 });
    expect(list?.args?.positional).toEqual([
      { type: 'guid', value: '0a8b7c6d-0000-4000-8000-000000000001' },
    ]);
    expect(user?.args?.positional).toEqual([{ type: 'string', value: 'i:0#.f|membership|a@b' }]);
  });

  it('rejects malformed segments', () => {
    expect(() => parsePathSegments("web/lists/getByTitle('x", new URLSearchParams())).toThrow();
    expect(() => parsePathSegments('web/li sts', new URLSearchParams())).toThrow();
    expect(() => parsePathSegments('web/items(abc)', new URLSearchParams())).toThrow();
  });
});
