/**
 * How many reports each index term occurs in, and the mean lengths of reports and titles:
 * what BM25 needs to weigh a term, kept beside the index so candidates can be scored
 * without asking it.
 */
export class TermStats {
  private readonly frequencies = new Map<string, number>();
  /** Reports counted. */
  reports = 0;
  private totalLength = 0;
  private totalTitleLength = 0;

  /** Counts a report: its distinct terms, its length in terms (title included) and its title's. */
  add(unique: Iterable<string>, length: number, titleLength: number): void {
    for (const term of unique) this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
    this.reports++;
    this.totalLength += length;
    this.totalTitleLength += titleLength;
  }

  /** Uncounts a report counted with the same figures. */
  remove(unique: Iterable<string>, length: number, titleLength: number): void {
    for (const term of unique) {
      const count = (this.frequencies.get(term) ?? 0) - 1;
      if (count > 0) this.frequencies.set(term, count);
      else this.frequencies.delete(term);
    }
    this.reports = Math.max(0, this.reports - 1);
    this.totalLength = Math.max(0, this.totalLength - length);
    this.totalTitleLength = Math.max(0, this.totalTitleLength - titleLength);
  }

  /** Passages counted for the mean passage length: `local`, those of the reports held (a database counts its own). */
  passageCount(local: number): number {
    return local;
  }

  /** Reports the term occurs in (0 when it is not in the index). */
  frequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** Terms found in more than `threshold` reports, the most frequent first. */
  termsAbove(threshold: number): string[] {
    const out: Array<[string, number]> = [];
    for (const entry of this.frequencies) if (entry[1] > threshold) out.push(entry);
    return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term]) => term);
  }

  /** Terms in every report's text, titles left out. */
  get textLength(): number {
    return this.totalLength - this.totalTitleLength;
  }

  /** Mean report length in terms, title included. */
  get averageLength(): number {
    return this.reports ? this.totalLength / this.reports : 1;
  }

  /** Mean title length in terms (at least 1). */
  get averageTitleLength(): number {
    return this.reports ? Math.max(1, this.totalTitleLength / this.reports) : 1;
  }

  /** The counts as saved in a snapshot. */
  toJSON(): TermStatsJSON {
    return {
      reports: this.reports,
      totalLength: this.totalLength,
      totalTitleLength: this.totalTitleLength,
      terms: [...this.frequencies],
    };
  }

  /** The counts read back from a snapshot. */
  static fromJSON(json: TermStatsJSON): TermStats {
    const stats = new TermStats();
    stats.reports = json.reports;
    stats.totalLength = json.totalLength;
    stats.totalTitleLength = json.totalTitleLength;
    for (const [term, count] of json.terms) stats.frequencies.set(term, count);
    return stats;
  }
}

/** Term statistics as saved in a snapshot. */
export interface TermStatsJSON {
  reports: number;
  totalLength: number;
  totalTitleLength: number;
  terms: Array<[string, number]>;
}
