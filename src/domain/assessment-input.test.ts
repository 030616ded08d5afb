import { describe, expect, it } from 'vitest';
import { assessmentInputSchema, evidenceLines } from './assessment-input';

const valid = {
  level: 3,
  status: 'on-track',
  explanation: 'Verbreed.',
  evidence: ['https://intranet.example/a'],
  act: '',
};

describe('assessment input', () => {
  it.each([
    { change: {}, ok: true },
    { change: { evidence: ['http://wiki.example/b'] }, ok: true },
    { change: { evidence: ['javascript:alert(1)'] }, ok: false },
    { change: { evidence: ['ftp://files.example/c'] }, ok: false },
    { change: { evidence: ['intranet/a'] }, ok: false },
    {
      change: { evidence: Array.from({ length: 10 }, (_, i) => `https://e.example/${i}`) },
      ok: true,
    },
    {
      change: { evidence: Array.from({ length: 11 }, (_, i) => `https://e.example/${i}`) },
      ok: false,
    },
    { change: { explanation: '   ' }, ok: false },
    { change: { explanation: 'x'.repeat(4001) }, ok: false },
    { change: { level: 0 }, ok: false },
    { change: { level: 6 }, ok: false },
    { change: { status: 'groen' }, ok: false },
    { change: { status: 'undetermined' }, ok: true },
  ])('$change → valid: $ok', ({ change, ok }) => {
    expect(assessmentInputSchema.safeParse({ ...valid, ...change }).success).toBe(ok);
  });

  it('reads evidence one link a line, leaving out blank lines', () => {
    expect(evidenceLines(' https://a.example \n\n https://b.example\n')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
