import type { NewsIndex } from '../index/newsIndex.js';
import type { StoredRow } from './corpusQueries.js';

/**
 * The reports read from the database into the local index: at most `kept`, the least recently
 * used let go first, so Node's memory does not grow with the corpus.
 */
export class HeldReports {
  /** Held report ids, least recently used first. */
  private readonly ids = new Map<string, true>();

  constructor(private readonly kept: number) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Marks a held report as just used. */
  touch(id: string): void {
    this.ids.delete(id);
    this.ids.set(id, true);
  }

  /** Puts reports read from the database into `index`, then lets the oldest others go. */
  admit(index: NewsIndex, rows: StoredRow[]): void {
    const fresh = rows.filter((row) => !this.ids.has(row.report.id));
    index.addReports(fresh.map((row) => row.report));
    for (const row of fresh) if (row.annotations) index.setAnnotations(row.report.id, row.annotations);
    for (const row of rows) this.touch(row.report.id);
    const keep = new Set(rows.map((row) => row.report.id));
    for (const id of this.ids.keys()) {
      if (this.ids.size <= this.kept) return;
      if (keep.has(id)) continue;
      this.ids.delete(id);
      index.removeReport(id);
    }
  }

  /** Takes every held report out of `index`. */
  clear(index: NewsIndex | null): void {
    for (const id of this.ids.keys()) index?.removeReport(id);
    this.ids.clear();
  }
}
