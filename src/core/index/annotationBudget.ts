/**
 * What one question may spend annotating, on the spot, passages whose report is not
 * annotated yet: a number of characters of text and a time spent annotating, whichever runs
 * out first. A question on a cold index thus never annotates dozens of whole reports, and a
 * question on strange text never holds the thread; what it leaves is annotated in the background.
 *
 * A question answered in rounds (see `AnnotationCache.asQuestion`) also has a slice: once a
 * round has run `sliceMs`, the next passage to annotate is left for a round of its own, after
 * the thread has been given back to other answers and timers.
 */
export class OnTheSpotBudget {
  private spentMs = 0;
  private sliceStart: number;

  constructor(
    /** Characters left to annotate. */
    private chars: number,
    /** Time in ms the question may spend annotating. */
    private readonly ms: number,
    private readonly clock: () => number = () => performance.now(),
    /** Longest round, in ms, before a passage still to annotate waits for the next one (none by default). */
    private sliceMs = Number.POSITIVE_INFINITY,
  ) {
    this.sliceStart = clock();
  }

  /** Whether nothing more may be annotated now. */
  get exhausted(): boolean {
    return this.chars <= 0 || this.spentMs >= this.ms;
  }

  /** Whether this round has run its slice: what is left to annotate waits for the next round. */
  get sliceDue(): boolean {
    return this.clock() - this.sliceStart >= this.sliceMs;
  }

  /** Starts a round: the slice is counted from now. */
  newSlice(): void {
    this.sliceStart = this.clock();
  }

  /** Lets the round run to its end (a question that has already had its rounds). */
  stopSlicing(): void {
    this.sliceMs = Number.POSITIVE_INFINITY;
  }

  /** Whether a text of `length` characters fits in what is left. */
  fits(length: number): boolean {
    return length <= this.chars;
  }

  /** Counts a text of `length` characters as annotated. */
  spend(length: number): void {
    this.chars -= length;
  }

  /** Runs `annotate`, counting the time it takes against the budget. */
  timed<T>(annotate: () => T): T {
    const started = this.clock();
    try {
      return annotate();
    } finally {
      this.spentMs += this.clock() - started;
    }
  }
}
