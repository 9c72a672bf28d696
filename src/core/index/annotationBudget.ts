/**
 * What one question may spend annotating, on the spot, passages whose report is not
 * annotated yet: a number of characters of text and a time on the clock, whichever runs out
 * first. A question on a cold index thus never annotates dozens of whole reports, and a
 * question on strange text never holds the thread; what it leaves is annotated in the background.
 */
export class OnTheSpotBudget {
  private readonly started: number;

  constructor(
    /** Characters left to annotate. */
    private chars: number,
    /** Time in ms the question may spend annotating. */
    private readonly ms: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  /** Whether nothing more may be annotated now. */
  get exhausted(): boolean {
    return this.chars <= 0 || this.clock() - this.started >= this.ms;
  }

  /** Whether a text of `length` characters fits in what is left. */
  fits(length: number): boolean {
    return length <= this.chars;
  }

  /** Counts a text of `length` characters as annotated. */
  spend(length: number): void {
    this.chars -= length;
  }
}
