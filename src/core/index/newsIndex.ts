import type MiniSearch from 'minisearch';
import type { AlternateTerm } from '../text/initialisms.js';
import type { Annotations, Passage, Report } from '../types.js';
import { AnnotationCache, type Annotator } from './annotationCache.js';
import type { IncompleteAnnotations } from './incomplete.js';
import type { CommonTermLists } from './commonTerms.js';
import { defaultIndexOptions, type IndexOptions, type SearchFilter } from './indexOptions.js';
import type { NameCounts, NameKind } from './nameCounts.js';
import { Vocabulary, type PackedReport } from './packedReport.js';
import { PassageSearch, type IndexedReport } from './passageSearch.js';
import type { PassageHit } from './rankPassages.js';
import { ReportStore } from './reportStore.js';
import type { SearchBackend } from './searchBackend.js';
import { TimeSlicer } from '../load/slices.js';
import type { TermStats } from './termStats.js';

export type { Annotator } from './annotationCache.js';
export { defaultIndexOptions, type IndexOptions, type SearchFilter } from './indexOptions.js';
export type { PassageHit } from './rankPassages.js';

/** Reports this long (in characters) are indexed a slice at a time. */
const SLICED_REPORT_CHARS = 50_000;

/** Reports added to MiniSearch in one batch, so the joined terms of a huge ingest never all sit in memory. */
const ADD_BATCH = 2000;

/** What a snapshot restores: the MiniSearch index, the term statistics and the reports by number. */
export interface IndexState {
  mini: MiniSearch<IndexedReport>;
  stats: TermStats;
  common: CommonTermLists;
  names: NameCounts;
  reports: Array<Report | undefined>;
  packed: Array<PackedReport | undefined>;
  vocabulary: Vocabulary;
  annotations: Array<[string, string]>;
}

/** A backend that holds the corpus elsewhere: it picks candidates and counts terms over all of it. */
export interface RemoteCorpus {
  /** Picks the candidate reports (the store then holds only the reports fetched). */
  backend: SearchBackend;
  /** Counts of the whole corpus, for ranking. */
  stats: TermStats;
}

/**
 * The reports of the desk in three rooms kept in step: the store (reports and packed
 * passages), the search (query planner and ranker) and the annotation cache. A report
 * added or removed goes into or out of all three at once. The answer builders read
 * passages and annotations through it; extraction itself comes from outside (`annotator`).
 */
export class NewsIndex {
  /** The settings, defaults filled in. */
  readonly options: IndexOptions;
  /** Reports and their packed passages. */
  readonly store: ReportStore;
  /** The query planner and ranker. */
  readonly searcher: PassageSearch;
  /** Annotations, stored, parsed and made on the spot. */
  readonly annotationCache: AnnotationCache;

  constructor(annotator: Annotator, options: Partial<IndexOptions> = {}, state?: IndexState, remote?: RemoteCorpus) {
    this.options = { ...defaultIndexOptions, ...options };
    const stored = remote ? { reports: [], packed: [], vocabulary: new Vocabulary(), stats: remote.stats } : state;
    this.store = new ReportStore(this.options.passages, stored);
    this.searcher = new PassageSearch(this.store, this.options, state, remote?.backend);
    this.annotationCache = new AnnotationCache(this.store, annotator, this.options, state);
  }

  /** How many reports hold the index term `term`. */
  reportsWithTerm(term: string): number {
    return this.store.stats.frequency(term);
  }

  /** Reports whose annotations passed the time budget: they answer from the part annotated. */
  get incomplete(): IncompleteAnnotations {
    return this.annotationCache.incomplete;
  }

  /** An index of `reports`, annotated by `annotator` when asked. */
  static fromReports(reports: Report[], annotator: Annotator, options: Partial<IndexOptions> = {}): NewsIndex {
    const index = new NewsIndex(annotator, options);
    index.addReports(reports);
    return index;
  }

  /** Reports indexed. */
  get reportCount(): number {
    return this.store.reportCount;
  }

  /** Passages of the reports indexed. */
  get passageCount(): number {
    return this.store.passageCount;
  }

  /** Reports whose annotations are stored. */
  get annotatedCount(): number {
    return this.annotationCache.count;
  }

  /** Every report, in the order they were added. */
  reports(): IterableIterator<Report> {
    return this.store.reports();
  }

  /** The report with this id, or undefined. */
  report(id: string): Report | undefined {
    return this.store.report(id);
  }

  /** The report's passages, with offsets into its text. */
  passagesOf(reportId: string): Passage[] {
    return this.store.passagesOf(reportId);
  }

  /** Adds reports; a report whose id is already indexed replaces the old one. */
  addReports(reports: Report[]): void {
    for (let i = 0; i < reports.length; i += ADD_BATCH) {
      const documents: IndexedReport[] = [];
      for (const report of reports.slice(i, i + ADD_BATCH)) {
        if (this.store.has(report.id)) this.removeReport(report.id);
        documents.push(this.searcher.prepare(this.store.add(report)));
      }
      this.searcher.index(documents);
    }
  }

  /** Adds one report (see `addReports`). */
  addReport(report: Report): void {
    this.addReports([report]);
  }

  /**
   * Adds one report, pausing through `slicer` while a huge one is split, packed and indexed
   * (an ordinary one is added at once). A report whose id is indexed replaces it.
   */
  async addReportInSlices(report: Report, slicer: TimeSlicer): Promise<void> {
    if (report.text.length < SLICED_REPORT_CHARS) return this.addReport(report);
    const pack = await this.store.packInSlices(report, slicer);
    // the old copy answers until the new one is packed
    if (this.store.has(report.id)) this.removeReport(report.id);
    await this.searcher.indexInSlices(this.store.addPacked(report, pack), slicer);
  }

  /** Removes a report with its index entries and annotations; false when the id is not indexed. */
  removeReport(id: string): boolean {
    const dropped = this.store.remove(id);
    if (!dropped) return false;
    this.searcher.remove(dropped);
    this.annotationCache.forget(id);
    return true;
  }

  /** Passages ranked by relevance to the query, within the filter (see `PassageSearch.search`). */
  search(query: string, filter: SearchFilter = {}, also: readonly AlternateTerm[] = []): PassageHit[] {
    return this.searcher.search(query, filter, also);
  }

  /** Annotations covering each hit's passage, some made on the spot (see `AnnotationCache.annotationsFor`). */
  annotationsFor(hits: PassageHit[]): Array<Annotations | null> {
    return this.annotationCache.annotationsFor(hits);
  }

  /** The report's people, organisations, places, dates and quotations (computed now if need be). */
  annotations(reportId: string): Annotations {
    return this.annotationCache.annotations(reportId);
  }

  /** The report's annotations when they are already computed, else null. */
  cachedAnnotations(reportId: string): Annotations | null {
    return this.annotationCache.cached(reportId);
  }

  /** Stores a report's annotations (from a worker or a snapshot); ignored for unknown reports. */
  setAnnotations(reportId: string, annotations: Annotations | string): void {
    this.annotationCache.set(reportId, annotations);
  }

  /** Whether a report's annotations are stored. */
  isAnnotated(reportId: string): boolean {
    return this.annotationCache.has(reportId);
  }

  /** Names known so far that start with or contain `prefix`, most mentioned first. */
  knownNames(kind: NameKind, prefix: string, limit: number): string[] {
    return this.annotationCache.knownNames(kind, prefix, limit);
  }

  /** Lists the best reports of every word that has become common (see `PassageSearch.buildCommonLists`). */
  buildCommonLists(): number {
    return this.searcher.buildCommonLists();
  }

  /** The same, pausing between reports so that answers and timers keep their turns. */
  buildCommonListsInSlices(slicer = new TimeSlicer()): Promise<number> {
    return this.searcher.buildCommonListsInSlices(slicer);
  }
}
