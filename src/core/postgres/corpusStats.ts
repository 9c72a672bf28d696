import { TermStats } from '../index/termStats.js';

/** The corpus-wide counts as read from the database. */
export interface CorpusCounts {
  reports: number;
  totalLength: number;
  titleLength: number;
  passages: number;
  uniqueLength: number;
  version: number;
}

/**
 * Term statistics of the whole database, not of the reports held in memory: ranking the
 * fetched reports' passages weighs words as the in-memory index would. Reports added to
 * the local store are not counted again (the database counted them).
 */
export class CorpusStats extends TermStats {
  private readonly known = new Map<string, number>();
  private counts: CorpusCounts = {
    reports: 0,
    totalLength: 0,
    titleLength: 0,
    passages: 0,
    uniqueLength: 0,
    version: -1,
  };

  override add(): void {}

  override remove(): void {}

  /** Takes the database's counts; a new version forgets the term frequencies read before. */
  setCounts(counts: CorpusCounts): void {
    if (counts.version !== this.counts.version) this.known.clear();
    this.counts = counts;
    this.reports = counts.reports;
  }

  /** The version of the counts held. */
  get version(): number {
    return this.counts.version;
  }

  /** Records terms' frequencies read from the database. */
  setFrequencies(entries: Iterable<[string, number]>): void {
    if (this.known.size > 200_000) this.known.clear();
    for (const [term, count] of entries) this.known.set(term, count);
  }

  /** Whether the frequency of `term` has been read. */
  knows(term: string): boolean {
    return this.known.has(term);
  }

  override passageCount(_local = 0): number {
    return this.counts.passages;
  }

  override frequency(term: string): number {
    return this.known.get(term) ?? 0;
  }

  override termsAbove(): string[] {
    return [];
  }

  override get textLength(): number {
    return this.counts.totalLength - this.counts.titleLength;
  }

  override get averageLength(): number {
    return this.counts.reports ? this.counts.totalLength / this.counts.reports : 1;
  }

  /** Mean distinct terms per report (MiniSearch's mean field length). */
  get averageUniqueLength(): number {
    return this.counts.reports ? this.counts.uniqueLength / this.counts.reports : 1;
  }

  override get averageTitleLength(): number {
    return this.counts.reports ? Math.max(1, this.counts.titleLength / this.counts.reports) : 1;
  }
}
