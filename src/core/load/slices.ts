import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Longest stretch, in ms, that loading or indexing holds the event loop before it lets others run.
 * With a step's overshoot and the collector's pauses, the longest hold seen opening Reuters-21578
 * is then about 70 ms (with 50 ms slices it passed 100 ms).
 */
export const DEFAULT_SLICE_MS = 30;

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
    await passTurn();
    this.sliceStart = this.clock();
  }
}

/**
 * Gives the thread to timers and network events before going on. An immediate set outside the
 * check phase runs in that same phase, before any timer: the second hop starts a new turn of the loop.
 */
export async function passTurn(): Promise<void> {
  await nextTurn();
  await nextTurn();
}
