import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeadlineJobResult } from './run-deadline-job';
import { scheduleDeadlineJob } from './schedule-deadline-job';

afterEach(() => {
  vi.useRealTimers();
});

const result = { sent: 1 } as DeadlineJobResult;

describe('scheduleDeadlineJob', () => {
  it('runs on its schedule, one run at a time, and “now” joins the run in progress', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let finish: (() => void) | undefined;
    const schedule = scheduleDeadlineJob(
      () =>
        new Promise<DeadlineJobResult>((resolve) => {
          runs++;
          finish = () => resolve(result);
        }),
      { everyMs: 60_000, firstAfterMs: 1000, onError: () => undefined },
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
    const now = schedule.runNow();
    expect(runs).toBe(1);
    finish?.();
    await expect(now).resolves.toBe(result);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(2);
    schedule.stop();
    finish?.();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(2);
  });

  it('reports a failed run and runs again next time', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const schedule = scheduleDeadlineJob(
      async () => {
        runs++;
        throw new Error('SharePoint is down');
      },
      { everyMs: 1000, onError: (error) => errors.push(error) },
    );
    await vi.advanceTimersByTimeAsync(2000);
    schedule.stop();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(2);
  });
});
