/** How a send went: ok, or why not, with whether a later run may try again. */
export type SendOutcome =
  { ok: true; status: number } | { ok: false; status: number | undefined; error: string };

export interface SendTiming {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const REAL_TIMING: SendTiming = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

export interface PostOptions {
  headers?: Record<string, string>;
  /** Attempts in all for a 429 or 503 whose Retry-After is short enough to wait in this run. */
  attempts?: number;
  /** A longer Retry-After is left to the next run. */
  maxWaitMs?: number;
  timing?: SendTiming;
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function errorText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string };
    const message = typeof body.error === 'string' ? body.error : body.error?.message;
    if (message) return `${response.status}: ${message}`;
  } catch {
    // Not JSON: the text itself.
  }
  return `${response.status}${text ? `: ${text.slice(0, 300)}` : ''}`;
}

/**
 * POSTs JSON; any 2xx is success (Workflows answers 202 with no body, Graph 204). A 429 or 503 is
 * waited out as its Retry-After asks, when that is short; otherwise the failure is returned and
 * a later run tries again.
 */
export async function postJson(
  url: string,
  body: unknown,
  options: PostOptions = {},
): Promise<SendOutcome> {
  const { attempts = 3, maxWaitMs = 10_000, timing = REAL_TIMING } = options;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...options.headers },
        body: JSON.stringify(body),
      });
    } catch (error) {
      return {
        ok: false,
        status: undefined,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    if (response.ok) {
      await response.arrayBuffer();
      return { ok: true, status: response.status };
    }
    const wait =
      response.status === 429 || response.status === 503
        ? (retryAfterMs(response) ?? 1000)
        : undefined;
    const error = await errorText(response);
    if (wait === undefined || wait > maxWaitMs || attempt >= attempts) {
      return { ok: false, status: response.status, error };
    }
    await timing.sleep(wait);
  }
}
