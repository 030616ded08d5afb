/** The parts of `window` that tell whether a Microsoft 365 host may be around. */
export interface HostWindow {
  readonly parent: unknown;
  readonly self: unknown;
  readonly opener: unknown;
  readonly location: { readonly search: string };
  /** Teams mobile runs the app frameless and talks through this object. */
  readonly nativeInterface?: unknown;
}

/**
 * How long to wait for a host to answer. teams-js itself waits 60 s in a frame nobody answers
 * (a test harness, an intranet page), which would leave the app blank for a minute.
 */
export const HOST_WAIT_MS = 5_000;

export type DetectedHost<T> = { kind: 'standalone' } | { kind: 'teams'; connection: T };

const TIMED_OUT = Symbol('timed out');

/**
 * Decides once where the app runs. `connect` initializes teams-js and reads its context; it is
 * not called where no host can be (a top-level window without opener or native interface), and
 * after it fails or times out the caller must not touch teams-js again.
 */
export async function detectHost<T>(
  win: HostWindow,
  connect: () => Promise<T>,
  waitMs = HOST_WAIT_MS,
): Promise<DetectedHost<T>> {
  if (new URLSearchParams(win.location.search).get('host') === 'standalone') {
    return { kind: 'standalone' };
  }
  const framed = win.parent !== win.self;
  if (!framed && !win.opener && !win.nativeInterface) return { kind: 'standalone' };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), waitMs);
  });
  try {
    const connection = await Promise.race([connect(), timeout]);
    return connection === TIMED_OUT ? { kind: 'standalone' } : { kind: 'teams', connection };
  } catch {
    return { kind: 'standalone' };
  } finally {
    clearTimeout(timer);
  }
}
