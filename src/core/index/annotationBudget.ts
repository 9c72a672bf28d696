/**
 * What one question may spend annotating, on the spot, passages whose report is not
 * annotated yet: a number of characters of text. A question on a cold index thus never
 * annotates dozens of whole reports; what it leaves is annotated in the background.
 * (This is the one place a further limit, such as time, belongs.)
 */
export class OnTheSpotBudget {
  constructor(
    /** Characters left to annotate. */
    private chars: number,
  ) {}

  /** Whether anything is left to spend. */
  get exhausted(): boolean {
    return this.chars <= 0;
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
