import type { NewsIndex } from '../index/newsIndex.js';
import type { Report } from '../types.js';

/** Longest stretch, in ms, that loading or indexing holds the event loop before it lets others run. */
export const DEFAULT_SLICE_MS = 50;

/**
 * Lets long synchronous work share the thread: `pause` yields to the event loop (timers, network,
 * answers) when `sliceMs` has passed on the clock since the last yield, and is nearly free otherwise.
 */
export class TimeSlicer {
  private sliceStart: number;

  constructor(
    private readonly sliceMs = DEFAULT_SLICE_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.sliceStart = clock();
  }

  /** Whether the current slice is used up. */
  get due(): boolean {
    return this.clock() - this.sliceStart >= this.sliceMs;
  }

  async pause(): Promise<void> {
    if (!this.due) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = this.clock();
  }
}

/**
 * Adds reports to the index one at a time, yielding whenever a slice is used up (a report is
 * indexed whole: one report's indexing is the longest hold).
 */
export async function addReportsInSlices(
  index: NewsIndex,
  reports: Report[],
  slicer = new TimeSlicer(),
): Promise<void> {
  for (const report of reports) {
    index.addReport(report);
    await slicer.pause();
  }
}
