/** Deliberate slowness and throttling, so the app's retry and loading states can be exercised. */
export interface FaultSettings {
  /** Added to every `/_api` request. */
  latencyMs: number;
  /** Share (0..1) of `/_api` requests answered 429 at random. */
  throttleRate: number;
  /** The next N `/_api` requests answer 429, deterministically. */
  throttleNext: number;
  /** The Retry-After of every injected 429. */
  retryAfterSeconds: number;
}

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  throttleRate: 0,
  throttleNext: 0,
  retryAfterSeconds: 1,
};

export class FaultInjector {
  private settings: FaultSettings;

  constructor(
    private readonly initial: Partial<FaultSettings> = {},
    private readonly random: () => number = Math.random,
  ) {
    this.settings = { ...DEFAULT_FAULTS, ...initial };
  }

  snapshot(): FaultSettings {
    return { ...this.settings };
  }

  configure(changes: Partial<FaultSettings>): FaultSettings {
    this.settings = { ...this.settings, ...changes };
    return this.snapshot();
  }

  /** Back to the options the server started with. */
  reset(): FaultSettings {
    this.settings = { ...DEFAULT_FAULTS, ...this.initial };
    return this.snapshot();
  }

  get latencyMs(): number {
    return this.settings.latencyMs;
  }

  /** Decides for one `/_api` request: the Retry-After seconds of a 429, or undefined to serve it. */
  nextThrottle(): number | undefined {
    if (this.settings.throttleNext > 0) {
      this.settings.throttleNext--;
      return this.settings.retryAfterSeconds;
    }
    if (this.settings.throttleRate > 0 && this.random() < this.settings.throttleRate) {
      return this.settings.retryAfterSeconds;
    }
    return undefined;
  }
}

/** Validates a `POST /_local/faults` body; returns an error message for bad input. */
export function parseFaultChanges(body: unknown): Partial<FaultSettings> | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'Send a JSON object.';
  const changes: Partial<FaultSettings> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(key in DEFAULT_FAULTS)) return `Unknown setting '${key}'.`;
    const valid =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= 0 &&
      (key !== 'throttleRate' || value <= 1) &&
      (key === 'throttleRate' || Number.isInteger(value));
    if (!valid) return `Invalid value for '${key}'.`;
    changes[key as keyof FaultSettings] = value;
  }
  return changes;
}
