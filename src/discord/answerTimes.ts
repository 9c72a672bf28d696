export interface AnswerTimesOptions {
  /** An answer slower than this (ms) makes the next ones acknowledge first. */
  slowMs: number;
  /** How many of the latest answers are looked at. */
  window: number;
  /** An interaction that waited this long (ms) before its handler ran acknowledges first, to be in time for
   * Discord's 3 s (a deferred answer costs a second request, so this is kept for real backlogs). */
  queuedMs: number;
}

/** Slow enough to matter, yet far from Discord's 3 s: a reply then still comes in time. */
export const ANSWER_TIMES_DEFAULTS: AnswerTimesOptions = { slowMs: 800, window: 20, queuedMs: 2000 };

/**
 * How long the latest answers took. Answers are computed in one go, so whether one may take
 * long is judged from the ones before it (a cold index or a large one shows there first).
 */
export class AnswerTimes {
  private readonly times: number[] = [];
  private readonly options: AnswerTimesOptions;

  constructor(options: Partial<AnswerTimesOptions> = {}) {
    this.options = { ...ANSWER_TIMES_DEFAULTS, ...options };
  }

  record(ms: number): void {
    this.times.push(ms);
    if (this.times.length > this.options.window) this.times.shift();
  }

  /** True when one of the latest answers was slow, or this one waited long in a queue (`waitedMs`). */
  mayTakeLong(waitedMs = 0): boolean {
    return waitedMs > this.options.queuedMs || this.times.some((ms) => ms > this.options.slowMs);
  }
}
