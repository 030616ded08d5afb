import { describe, expect, it } from 'vitest';
import { carriedHistoryOf, historyOf, type ActionVersion } from './action-history';

const ANNE = { id: 3, name: 'Anne' };
const BRAM = { id: 4, name: 'Bram' };

function version(n: number, at: string, changes: Partial<ActionVersion> = {}): ActionVersion {
  return {
    version: n,
    at,
    by: ANNE,
    timing: 'Q4 2025',
    planYear: 2025,
    status: 'not-started',
    owner: undefined,
    outcome: undefined,
    reason: '',
    ...changes,
  };
}

describe('historyOf', () => {
  it('reads the two-step making of an action as one creation, then each change with who and when', () => {
    const versions = [
      // Given in SharePoint's order, newest first.
      version(4, '2025-11-02T09:00:00Z', {
        by: BRAM,
        timing: 'Q1 2026',
        status: 'in-progress',
        owner: 'Bram',
      }),
      version(3, '2025-10-01T09:00:00Z', { by: BRAM, owner: 'Bram' }),
      version(2, '2025-09-01T09:00:05Z', { owner: undefined }),
      version(1, '2025-09-01T09:00:00Z', { timing: '', planYear: undefined }),
    ];
    expect(historyOf(versions)).toEqual([
      { kind: 'created', at: '2025-09-01T09:00:00Z', by: ANNE },
      { kind: 'owner', from: undefined, to: 'Bram', at: '2025-10-01T09:00:00Z', by: BRAM },
      { kind: 'timing', from: 'Q4 2025', to: 'Q1 2026', at: '2025-11-02T09:00:00Z', by: BRAM },
      {
        kind: 'status',
        from: 'not-started',
        to: 'in-progress',
        at: '2025-11-02T09:00:00Z',
        by: BRAM,
      },
    ]);
  });

  it('leaves out edits of other fields and notes the plan year and the closing', () => {
    const versions = [
      version(1, '2025-01-01T09:00:00Z'),
      version(2, '2025-03-01T09:00:00Z', { owner: undefined }),
      version(3, '2025-04-01T09:00:00Z', { planYear: 2026 }),
      version(4, '2026-12-01T09:00:00Z', {
        planYear: 2026,
        outcome: 'stopped',
        reason: 'Geen budget',
      }),
    ];
    expect(historyOf(versions).map((entry) => entry.kind)).toEqual([
      'created',
      'plan-year',
      'closed',
    ]);
    expect(historyOf(versions)[2]).toMatchObject({ outcome: 'stopped', reason: 'Geen budget' });
  });

  it('is empty for an action without versions (versioning off)', () => {
    expect(historyOf([])).toEqual([]);
  });
});

describe('carriedHistoryOf', () => {
  it('keeps the earlier action’s history, then the move from its timing to the new one', () => {
    const earlier = [
      version(1, '2025-01-01T09:00:00Z'),
      version(2, '2025-06-01T09:00:00Z', { status: 'in-progress' }),
      version(3, '2026-12-01T10:00:00Z', { status: 'in-progress', outcome: 'carried' }),
    ];
    const carried = [
      version(1, '2026-12-01T10:00:00Z', { by: BRAM, timing: '', planYear: undefined }),
      version(2, '2026-12-01T10:00:01Z', { by: BRAM, timing: 'Q2 2027', planYear: 2027 }),
      version(3, '2027-02-01T10:00:00Z', { by: ANNE, timing: 'Q3 2027', planYear: 2027 }),
    ];
    expect(carriedHistoryOf(earlier, carried)).toEqual([
      { kind: 'created', at: '2025-01-01T09:00:00Z', by: ANNE },
      {
        kind: 'status',
        from: 'not-started',
        to: 'in-progress',
        at: '2025-06-01T09:00:00Z',
        by: ANNE,
      },
      {
        kind: 'carried',
        from: 'Q4 2025',
        fromYear: 2025,
        to: 'Q2 2027',
        toYear: 2027,
        at: '2026-12-01T10:00:00Z',
        by: BRAM,
      },
      { kind: 'timing', from: 'Q2 2027', to: 'Q3 2027', at: '2027-02-01T10:00:00Z', by: ANNE },
    ]);
  });
});
