import { describe, expect, it } from 'vitest';
import type { Action } from './action';
import { summarizeProgress } from './theme-progress';

const action = (id: number, timing: string, status: Action['status']) => ({ id, timing, status });
// 15 May 2025, midday in Amsterdam.
const now = new Date('2025-05-15T10:00:00Z');

describe('summarizeProgress', () => {
  it('counts actions per status, overdue ones, and the next deadline still ahead', () => {
    const progress = summarizeProgress(
      [
        action(1, 'Q1 2025', 'in-progress'),
        action(2, 'Q4 2024', 'not-started'),
        action(3, 'Q2 2025', 'not-started'),
        action(4, 'Q4 2025', 'blocked'),
        action(5, 'Q1 2025', 'done'),
      ],
      now,
    );
    expect(progress.byStatus).toEqual({ 'not-started': 2, 'in-progress': 1, done: 1, blocked: 1 });
    expect(progress.overdue).toBe(2);
    expect(progress.nextDeadline).toBe('2025-06-30');
  });

  it('has no next deadline when every action is done or unscheduled', () => {
    const progress = summarizeProgress(
      [action(1, 'Q2 2025', 'done'), action(2, 'ooit', 'not-started')],
      now,
    );
    expect(progress.nextDeadline).toBeUndefined();
    expect(progress.overdue).toBe(0);
  });
});
