export interface RateLimitOptions {
  /** Questions one user may ask in a window. */
  max: number;
  /** The window, in ms. */
  windowMs: number;
}

export const defaultRateLimit: RateLimitOptions = { max: 6, windowMs: 30_000 };

/** Per-user sliding window: true when the user may ask now (and counts it). */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private readonly options: RateLimitOptions;

  constructor(
    options: Partial<RateLimitOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...defaultRateLimit, ...options };
  }

  allow(user: string): boolean {
    const now = this.now();
    const times = (this.recent.get(user) ?? []).filter((t) => now - t < this.options.windowMs);
    const allowed = times.length < this.options.max;
    if (allowed) times.push(now);
    if (times.length) this.recent.set(user, times);
    else this.recent.delete(user);
    if (this.recent.size > 10_000) this.recent.delete(this.recent.keys().next().value!);
    return allowed;
  }
}
