import type { TimeSlicer } from '../load/slices.js';
import type { PassageOptions } from '../text/passages.js';
import type { Passage, Report } from '../types.js';
import {
  layoutOf,
  packReport,
  packReportInSlices,
  packedLength,
  type PackResult,
  passagesOf,
  uniqueTerms,
  Vocabulary,
  type PackedReport,
} from './packedReport.js';
import { TermStats } from './termStats.js';

/** What a snapshot gives back to the store: reports and their packed passages by number, the vocabulary, the counts. */
export interface StoredReports {
  reports: Array<Report | undefined>;
  packed: Array<PackedReport | undefined>;
  vocabulary: Vocabulary;
  stats: TermStats;
}

/** A report just stored: its number and its index terms (title first), for the search to index. */
export interface StoredReport {
  number: number;
  terms: string[];
}

/** A report just taken out: its number and its distinct terms, for the search to forget. */
export interface DroppedReport {
  number: number;
  unique: Set<string>;
}

/**
 * The reports, by id and by internal number, with their passages packed as term numbers,
 * the vocabulary those numbers name, and the counts ranking needs (reports per term, mean
 * lengths, passages). A number is never reused: a replaced report gets a new one, so
 * anything keyed by number (top lists, passage annotations) cannot point at the wrong text.
 */
export class ReportStore {
  /** The terms the packed reports' numbers name. */
  readonly vocabulary: Vocabulary;
  /** Reports per term and mean lengths, as ranking needs them. */
  readonly stats: TermStats;
  private readonly reportById = new Map<string, Report>();
  private readonly numberById = new Map<string, number>();
  private readonly reportByNumber: Array<Report | undefined> = [];
  /** Each report's passages and term numbers, by report number. */
  private readonly packed: Array<PackedReport | undefined> = [];
  private passageTotal = 0;

  constructor(
    private readonly passageOptions: Partial<PassageOptions>,
    restored?: StoredReports,
  ) {
    this.vocabulary = restored?.vocabulary ?? new Vocabulary();
    this.stats = restored?.stats ?? new TermStats();
    if (restored) this.restore(restored.reports, restored.packed);
  }

  private restore(reports: Array<Report | undefined>, packed: Array<PackedReport | undefined>): void {
    for (let number = 0; number < reports.length; number++) {
      const report = reports[number];
      const words = packed[number];
      this.reportByNumber.push(report);
      this.packed.push(report ? words : undefined);
      if (!report || !words) continue;
      this.reportById.set(report.id, report);
      this.numberById.set(report.id, number);
      this.passageTotal += words[0]!;
    }
  }

  /** Reports stored. */
  get reportCount(): number {
    return this.reportById.size;
  }

  /** Passages of the reports stored. */
  get passageCount(): number {
    return this.passageTotal;
  }

  /** Mean passage length in terms, over every report's text. */
  get averagePassage(): number {
    return this.stats.textLength / Math.max(1, this.stats.passageCount(this.passageTotal));
  }

  /** Every report, in the order they were stored. */
  reports(): IterableIterator<Report> {
    return this.reportById.values();
  }

  /** The report with this id, or undefined. */
  report(id: string): Report | undefined {
    return this.reportById.get(id);
  }

  /** Whether a report with this id is stored. */
  has(id: string): boolean {
    return this.reportById.has(id);
  }

  /** The report's internal number, or undefined when it is not stored. */
  numberOf(id: string): number | undefined {
    return this.numberById.get(id);
  }

  /** Reports by internal number (gaps where reports were removed), for the snapshot. */
  numberedReports(): ReadonlyArray<Report | undefined> {
    return this.reportByNumber;
  }

  /** The report numbered `number`, or undefined when it was removed. */
  reportAt(number: number): Report | undefined {
    return this.reportByNumber[number];
  }

  /** A report's packed passages and terms, by report number. */
  packedAt(number: number): PackedReport | undefined {
    return this.packed[number];
  }

  /** Calls `visit` with every stored report's packed terms and number, in number order. */
  forEachPacked(visit: (packed: PackedReport, number: number) => void): void {
    this.packed.forEach((packed, number) => {
      if (packed) visit(packed, number);
    });
  }

  /** The report's passages, with offsets into its text (none for an unknown id). */
  passagesOf(id: string): Passage[] {
    const report = this.reportById.get(id);
    const number = this.numberById.get(id);
    return report && number !== undefined ? passagesOf(report, this.packed[number]!) : [];
  }

  /** Stores a report whose id is not stored yet: splits it into passages and counts its terms. */
  add(report: Report): StoredReport {
    return this.addPacked(report, packReport(report, this.vocabulary, this.passageOptions));
  }

  /** Packs a huge report, pausing through `slicer`, for `addPacked` (nothing is stored yet). */
  packInSlices(report: Report, slicer: TimeSlicer): Promise<PackResult> {
    return packReportInSlices(report, this.vocabulary, slicer, this.passageOptions);
  }

  /** Stores a report whose id is not stored yet, packed by `packInSlices`. */
  addPacked(report: Report, { packed, terms, unique, titleLength }: PackResult): StoredReport {
    const number = this.reportByNumber.length;
    this.reportByNumber.push(report);
    this.packed.push(packed);
    this.reportById.set(report.id, report);
    this.numberById.set(report.id, number);
    this.passageTotal += packed[0]!;
    this.stats.add(unique, terms.length, titleLength);
    return { number, terms };
  }

  /** Takes a report out and uncounts its terms; null when the id is not stored. */
  remove(id: string): DroppedReport | null {
    const number = this.numberById.get(id);
    if (number === undefined) return null;
    const packed = this.packed[number]!;
    const unique = uniqueTerms(packed, this.vocabulary);
    this.stats.remove(unique, packedLength(packed), layoutOf(packed).titleLength);
    this.reportByNumber[number] = undefined;
    this.packed[number] = undefined;
    this.reportById.delete(id);
    this.numberById.delete(id);
    this.passageTotal -= packed[0]!;
    return { number, unique };
  }
}
