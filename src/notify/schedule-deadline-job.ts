import type { DeadlineJobResult } from './run-deadline-job';

export interface DeadlineSchedule {
  /** Runs the job now, or joins the run in progress. */
  runNow(): Promise<DeadlineJobResult>;
  stop(): void;
}

/**
 * Runs the job every `everyMs` in this process (`npm start`, or any always-on host), one run at
 * a time; a failed run is logged and the next one tries again.
 */
export function scheduleDeadlineJob(
  run: () => Promise<DeadlineJobResult>,
  options: { everyMs: number; firstAfterMs?: number; onError: (error: unknown) => void },
): DeadlineSchedule {
  let running: Promise<DeadlineJobResult> | undefined;
  const runNow = () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
  let stopped = false;
  let timer: ReturnType<typeof setTimeout>;
  // The next run is planned when this one is over: runs never pile up behind a slow one.
  const plan = (ms: number) => {
    timer = setTimeout(() => {
      void runNow()
        .catch(options.onError)
        .finally(() => {
          if (!stopped) plan(options.everyMs);
        });
    }, ms);
    timer.unref();
  };
  plan(options.firstAfterMs ?? options.everyMs);
  return {
    runNow,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
