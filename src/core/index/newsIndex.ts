import MiniSearch, { type Query } from 'minisearch';
import { annotate } from '../extract/annotate.js';
import {
  annotateWithin,
  ColdAnnotationBudget,
  IncompleteAnnotations,
  isIncompleteJson,
} from '../extract/annotateBudget.js';
import type { PassageOptions } from '../text/passages.js';
import { frequencies, termsOf } from '../text/terms.js';
import type { Annotations, Passage, Report } from '../types.js';
import { inverseFrequency, termWeight } from './bm25.js';
import { CommonTermLists, TopHeap, type TopList } from './commonTerms.js';
import { LruMap } from './lru.js';
import { NameCounts, type NameKind } from './nameCounts.js';
import { layoutOf, packReport, packedLength, passagesOf, uniqueTerms, Vocabulary, type PackedReport } from './packedReport.js';
import { rankPassages, type Candidate, type PassageHit, type SearchedTerm } from './rankPassages.js';
import { TermStats } from './termStats.js';

export type { PassageHit } from './rankPassages.js';

export interface IndexOptions {
  /** How reports are split into passages. */
  passages: Partial<PassageOptions>;
  /** Field weights in ranking a passage: its own words, its report's title, the sentences beside it. */
  boost: { text: number; title: number; context: number };
  /** A question word that is not common, at least this long, also matches words that start with it. */
  prefixMinLength: number;
  /** A question word that is not common, at least this long, also matches words within 20 % edits. */
  fuzzyMinLength: number;
  /** Most passages one search returns. */
  maxHits: number;
  /** Weight of the whole report's match in a passage's score (0 = passages alone). */
  reportWeight: number;
  /** Reports whose passages are ranked for one search (the best matching reports). */
  candidateReports: number;
  /** A word found in more than this share of reports is common: its candidates come from its top list. */
  commonShare: number;
  /** ...and a word is never common below this many reports. */
  commonMinReports: number;
  /** Reports kept in a common word's top list. */
  commonListSize: number;
  /** Characters of passages not yet annotated that one question may annotate on the spot. */
  coldAnnotationChars: number;
  /** ...and the time in ms it may spend doing so (the clock, whatever the text). */
  coldAnnotationMs: number;
  /** Time in ms after which annotating one report on this thread stops and is marked incomplete. */
  annotationBudgetMs: number;
}

export const defaultIndexOptions: IndexOptions = {
  passages: {},
  boost: { text: 2, title: 0.8, context: 0.8 },
  prefixMinLength: 5,
  fuzzyMinLength: 6,
  maxHits: 200,
  reportWeight: 1,
  candidateReports: 60,
  commonShare: 0.02,
  commonMinReports: 400,
  commonListSize: 200,
  coldAnnotationChars: 2000,
  coldAnnotationMs: 50,
  annotationBudgetMs: 5000,
};

export interface SearchFilter {
  /** Earliest report date, `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  /** Latest report date, `YYYY-MM-DD`, inclusive. */
  to?: string | undefined;
  /** Most hits returned (capped by `maxHits`). */
  limit?: number;
  /** Only passages of these reports. */
  reports?: string[] | undefined;
}

/** What MiniSearch holds per report: its index terms, already processed, joined by spaces. */
interface IndexedReport {
  id: number;
  terms: string;
}

/** Weights of prefix and fuzzy expansions of a question word, against 1 for the word itself. */
const EXPANSION_WEIGHT = { prefix: 0.5, fuzzy: 0.3 };
/** Reports added to MiniSearch in one batch, so the joined terms of a huge ingest never all sit in memory. */
const ADD_BATCH = 2000;

/**
 * Reports in a MiniSearch index of whole reports, and the passages of the best matching
 * reports ranked by their own words at question time. Which report a question is about
 * is found from few postings; which sentence answers it is decided on a few dozen
 * reports only. Annotations come from `setAnnotations` (worker threads, a snapshot) or
 * are computed when an answer first needs them.
 */
export class NewsIndex {
  readonly options: IndexOptions;
  readonly mini: MiniSearch<IndexedReport>;
  readonly stats: TermStats;
  readonly common: CommonTermLists;
  readonly names: NameCounts;
  private readonly reportById = new Map<string, Report>();
  private readonly numberById = new Map<string, number>();
  private readonly reportByNumber: Array<Report | undefined> = [];
  /** Each report's passages and term numbers, by report number. */
  private readonly packed: Array<PackedReport | undefined> = [];
  readonly vocabulary: Vocabulary;
  /** Reused by every search: which searched term a term number is (-1 when none). */
  private scratch = new Int32Array(0);
  private passageTotal = 0;
  /** Full-report annotations as JSON (small in memory; parsed when read). */
  private readonly annotationStore = new Map<string, string>();
  private readonly parsedAnnotations = new LruMap<string, Annotations>(2000);
  /** Annotations of single passages made on the spot, by report number and passage ordinal. */
  private readonly passageAnnotations = new LruMap<string, Annotations>(20000);
  /** Reports whose annotations passed the time budget. */
  readonly incomplete = new IncompleteAnnotations();

  constructor(options: Partial<IndexOptions> = {}, state?: IndexState) {
    this.options = { ...defaultIndexOptions, ...options };
    this.vocabulary = state?.vocabulary ?? new Vocabulary();
    this.mini = state?.mini ?? NewsIndex.emptyMiniSearch();
    this.stats = state?.stats ?? new TermStats();
    this.common = state?.common ?? new CommonTermLists(this.options.commonListSize);
    this.names = state?.names ?? new NameCounts();
    if (state) {
      for (let number = 0; number < state.reports.length; number++) {
        const report = state.reports[number];
        const packed = state.packed[number];
        this.reportByNumber.push(report);
        this.packed.push(report ? packed : undefined);
        if (!report || !packed) continue;
        this.reportById.set(report.id, report);
        this.numberById.set(report.id, number);
        this.passageTotal += packed[0]!;
      }
      for (const [id, json] of state.annotations) {
        this.annotationStore.set(id, json);
        if (isIncompleteJson(json)) this.incomplete.update(id, { incomplete: true });
      }
    }
  }

  /** The MiniSearch settings of the index: terms arrive processed, so tokenizing is a split. */
  static readonly miniSearchOptions = {
    fields: ['terms'],
    storeFields: [],
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => term || null,
  };

  static emptyMiniSearch(): MiniSearch<IndexedReport> {
    return new MiniSearch<IndexedReport>(NewsIndex.miniSearchOptions);
  }

  static fromReports(reports: Report[], options: Partial<IndexOptions> = {}): NewsIndex {
    const index = new NewsIndex(options);
    index.addReports(reports);
    return index;
  }

  get reportCount(): number {
    return this.reportById.size;
  }

  get passageCount(): number {
    return this.passageTotal;
  }

  reports(): IterableIterator<Report> {
    return this.reportById.values();
  }

  report(id: string): Report | undefined {
    return this.reportById.get(id);
  }

  /** Reports by internal number (gaps where reports were removed), for the snapshot. */
  numberedReports(): ReadonlyArray<Report | undefined> {
    return this.reportByNumber;
  }

  /** A report's packed passages and terms, by report number, for the snapshot. */
  packedReport(number: number): PackedReport | undefined {
    return this.packed[number];
  }

  /** Adds reports; a report whose id is already indexed replaces the old one. */
  addReports(reports: Report[]): void {
    for (let i = 0; i < reports.length; i += ADD_BATCH) {
      const documents: IndexedReport[] = [];
      for (const report of reports.slice(i, i + ADD_BATCH)) {
        if (this.reportById.has(report.id)) this.removeReport(report.id);
        const { packed, terms, unique, titleLength } = packReport(report, this.vocabulary, this.options.passages);
        const number = this.reportByNumber.length;
        this.reportByNumber.push(report);
        this.packed.push(packed);
        this.reportById.set(report.id, report);
        this.numberById.set(report.id, number);
        this.passageTotal += packed[0]!;
        this.stats.add(unique, terms.length, titleLength);
        documents.push({ id: number, terms: terms.join(' ') });
        if (this.common.count > 0) this.common.insert(number, this.commonScores(terms, terms.length));
      }
      this.mini.addAll(documents);
    }
  }

  addReport(report: Report): void {
    this.addReports([report]);
  }

  removeReport(id: string): boolean {
    const report = this.reportById.get(id);
    const number = this.numberById.get(id);
    if (!report || number === undefined) return false;
    const packed = this.packed[number]!;
    const unique = uniqueTerms(packed, this.vocabulary);
    this.stats.remove(unique, packedLength(packed), layoutOf(packed).titleLength);
    this.common.remove(number, unique);
    this.mini.discard(number);
    this.reportByNumber[number] = undefined;
    this.packed[number] = undefined;
    this.reportById.delete(id);
    this.numberById.delete(id);
    this.passageTotal -= packed[0]!;
    const annotations = this.cachedAnnotations(id);
    if (annotations) this.names.remove(annotations);
    this.annotationStore.delete(id);
    this.parsedAnnotations.delete(id);
    this.incomplete.delete(id);
    return true;
  }

  /** The report's passages, with offsets into its text. */
  passagesOf(reportId: string): Passage[] {
    const report = this.reportById.get(reportId);
    const number = this.numberById.get(reportId);
    return report && number !== undefined ? passagesOf(report, this.packed[number]!) : [];
  }

  /** The report's people, organisations, places, dates and quotations (computed now if need be). */
  annotations(reportId: string): Annotations {
    const cached = this.cachedAnnotations(reportId);
    if (cached) return cached;
    const report = this.reportById.get(reportId);
    if (!report) throw new Error(`NewsIndex: unknown report id "${reportId}"`);
    const annotations = annotateWithin(report, this.options.annotationBudgetMs);
    this.setAnnotations(reportId, annotations);
    return annotations;
  }

  /** The report's annotations when they are already computed, else null. */
  cachedAnnotations(reportId: string): Annotations | null {
    const parsed = this.parsedAnnotations.get(reportId);
    if (parsed) return parsed;
    const json = this.annotationStore.get(reportId);
    if (json === undefined) return null;
    const annotations = parseAnnotations(json);
    if (!annotations) {
      // stored annotations that do not read back (a damaged snapshot line) are made again
      this.annotationStore.delete(reportId);
      return null;
    }
    this.parsedAnnotations.set(reportId, annotations);
    return annotations;
  }

  /** Stores a report's annotations (from a worker or a snapshot); ignored for unknown reports. */
  setAnnotations(reportId: string, annotations: Annotations | string): void {
    if (!this.reportById.has(reportId)) return;
    const parsed = typeof annotations === 'string' ? parseAnnotations(annotations) : annotations;
    if (!parsed) return;
    const old = this.cachedAnnotations(reportId);
    if (old) this.names.remove(old);
    this.annotationStore.set(reportId, typeof annotations === 'string' ? annotations : JSON.stringify(annotations));
    this.parsedAnnotations.set(reportId, parsed);
    this.names.add(parsed);
    this.incomplete.update(reportId, parsed);
  }

  /** Whether a report's annotations are already computed. */
  isAnnotated(reportId: string): boolean {
    return this.annotationStore.has(reportId);
  }

  get annotatedCount(): number {
    return this.annotationStore.size;
  }

  /** A report's annotations as stored (JSON), for the snapshot. */
  annotationJson(reportId: string): string | undefined {
    return this.annotationStore.get(reportId);
  }

  knownNames(kind: NameKind, prefix: string, limit: number): string[] {
    return this.names.find(kind, prefix, limit);
  }

  /**
   * Annotations covering each hit's passage: the report's when computed; else, while this
   * question's budget of characters lasts, the whole report's (when it fits the budget) or
   * the passage's own, computed now; else null. Keeps a question on a cold index from
   * annotating dozens of whole reports.
   */
  annotationsFor(hits: PassageHit[]): Array<Annotations | null> {
    const budget = new ColdAnnotationBudget(this.options.coldAnnotationChars, this.options.coldAnnotationMs);
    return hits.map((hit) => {
      const full = this.cachedAnnotations(hit.report.id);
      if (full) return full;
      const key = `${this.numberById.get(hit.report.id)}#${hit.passage.ordinal}`;
      const cached = this.passageAnnotations.get(key);
      if (cached) return cached;
      if (!budget.open) return null;
      if (budget.fits(hit.report.text.length)) {
        budget.spend(hit.report.text.length);
        return this.annotations(hit.report.id);
      }
      budget.spend(hit.passage.text.length);
      const annotations = shift(annotate({ text: hit.passage.text, date: hit.report.date }), hit.passage.start);
      this.passageAnnotations.set(key, annotations);
      return annotations;
    });
  }

  /**
   * Passages ranked by relevance to the query, within the date range. The plan: stop words
   * out; words in at most `commonShare` of the reports searched in MiniSearch (longer ones with
   * prefix and fuzzy matching, a word the index lacks too); common words from their top
   * lists; then the passages of the best `candidateReports` reports ranked on their words.
   */
  search(query: string, filter: SearchFilter = {}): PassageHit[] {
    const limit = Math.min(filter.limit ?? this.options.maxHits, this.options.maxHits);
    const queryTerms = termsOf(query);
    if (queryTerms.length === 0) return [];
    const inRange = rangeFilter(filter);
    const accepts = inRange ? (number: number) => inRange(this.reportByNumber[number]) : () => true;
    const weights = new Map<string, SearchedTerm>();
    const scores = new Map<number, number>();
    const add = (number: number, score: number) => scores.set(number, (scores.get(number) ?? 0) + score);

    const threshold = this.commonThreshold;
    const selective: Query[] = [];
    const common: string[] = [];
    const unknown: string[] = [];
    const expanded: string[] = [];
    for (const term of queryTerms) {
      const frequency = this.stats.frequency(term);
      weights.set(term, { weight: 1, asked: term });
      if (frequency === 0) {
        if (term.length >= this.options.prefixMinLength) unknown.push(term);
      } else if (frequency > threshold) common.push(term);
      // a rarer word of five letters or more also matches its longer forms and near spellings
      else if (term.length >= this.options.prefixMinLength) expanded.push(term);
      else selective.push(term);
    }
    for (const term of [...unknown, ...expanded]) {
      const fuzzy = term.length >= this.options.fuzzyMinLength ? 0.2 : false;
      selective.push({ queries: [term], prefix: true, fuzzy, maxFuzzy: 2, weights: EXPANSION_WEIGHT });
    }
    if (selective.length) {
      for (const result of this.mini.search({ combineWith: 'OR', queries: selective }, { filter: (r) => accepts(r.id as number) })) {
        add(result.id as number, result.score);
        for (const term of result.terms) if (!weights.has(term)) weights.set(term, expansionOf(term, unknown.concat(expanded)));
      }
    }
    const ranged = Boolean(filter.from || filter.to || filter.reports);
    for (const term of common) {
      for (const [number, score] of this.topList(term)) if (accepts(number)) add(number, score);
    }
    // a date range or a report list can leave the top lists empty: then the common words are searched within it
    if (ranged && common.length && scores.size < this.options.candidateReports) {
      for (const result of this.mini.search({ combineWith: 'OR', queries: common }, { filter: (r) => accepts(r.id as number) })) {
        if (!scores.has(result.id as number)) add(result.id as number, result.score);
      }
    }

    const candidates: Candidate[] = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.options.candidateReports)
      .map(([number]) => ({ report: this.reportByNumber[number]!, packed: this.packed[number]! }));
    const scratch = this.scratchFor(this.vocabulary.size);
    const ranking = { ...this.options, averagePassage: this.stats.textLength / Math.max(1, this.passageTotal) };
    return rankPassages(candidates, weights, this.vocabulary, this.stats, ranking, scratch, limit);
  }

  /** Reports a word must be found in, beyond which it counts as common. */
  private get commonThreshold(): number {
    return Math.max(this.options.commonMinReports, this.options.commonShare * this.stats.reports);
  }

  /** Common words (the most frequent first) whose top lists are not computed yet. */
  commonTermsToList(): string[] {
    return this.stats
      .termsAbove(this.commonThreshold)
      .filter((term) => !this.common.has(term));
  }

  /**
   * Computes the top lists of every common word not listed yet, in one pass over the packed
   * reports (a fraction of a second for 100k reports), so that no question pays for walking
   * a common word's postings. Returns how many lists it made.
   */
  buildCommonLists(): number {
    const terms = this.commonTermsToList();
    if (terms.length === 0) return 0;
    const scratch = this.scratchFor(this.vocabulary.size);
    const ids: number[] = [];
    terms.forEach((term, slot) => {
      const id = this.vocabulary.find(term)!;
      scratch[id] = slot;
      ids.push(id);
    });
    const heaps = terms.map(() => new TopHeap(this.options.commonListSize));
    const idf = terms.map((term) => inverseFrequency(this.stats.frequency(term), this.stats.reports));
    const counts = new Uint32Array(terms.length);
    const touched: number[] = [];
    const average = this.stats.averageLength;
    try {
      this.packed.forEach((packed, number) => {
        if (!packed) return;
        const layout = layoutOf(packed);
        const count = (word: number) => {
          const slot = scratch[word]!;
          if (slot >= 0 && counts[slot]!++ === 0) touched.push(slot);
        };
        for (let i = layout.title; i < layout.title + layout.titleLength; i++) count(packed[i]!);
        for (let i = layout.tokens; i < packed.length; i++) count(packed[i]!);
        const length = packedLength(packed);
        for (const slot of touched) {
          heaps[slot]!.push(number, idf[slot]! * termWeight(counts[slot]!, length, average));
          counts[slot] = 0;
        }
        touched.length = 0;
      });
    } finally {
      for (const id of ids) scratch[id] = -1;
    }
    terms.forEach((term, slot) => this.common.set(term, heaps[slot]!.sorted()));
    return terms.length;
  }

  /** The reusable term-number array, grown to at least `size` (all -1). */
  private scratchFor(size: number): Int32Array {
    if (this.scratch.length < size) this.scratch = new Int32Array(Math.max(1024, size * 2)).fill(-1);
    return this.scratch;
  }

  /** A common word's best reports, computed from the index the first time it is asked for. */
  topList(term: string): TopList {
    let list = this.common.get(term);
    if (!list) {
      list = this.mini
        .search(term, { prefix: false, fuzzy: false })
        .slice(0, this.options.commonListSize)
        .map((r) => [r.id as number, r.score] as [number, number]);
      this.common.set(term, list);
    }
    return list;
  }

  private commonScores(terms: string[], length: number): Map<string, number> {
    const scores = new Map<string, number>();
    for (const [term, frequency] of frequencies(terms)) {
      if (!this.common.has(term)) continue;
      scores.set(term, inverseFrequency(this.stats.frequency(term), this.stats.reports) * termWeight(frequency, length, this.stats.averageLength));
    }
    return scores;
  }
}

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

/** The question word an index term expands, and its weight: a longer form weighs more than a near spelling. */
function expansionOf(term: string, asked: string[]): SearchedTerm {
  const prefixOf = asked.find((word) => term.startsWith(word));
  if (prefixOf) return { weight: EXPANSION_WEIGHT.prefix, asked: prefixOf };
  const nearest = asked.reduce((a, b) => (Math.abs(b.length - term.length) < Math.abs(a.length - term.length) ? b : a));
  return { weight: EXPANSION_WEIGHT.fuzzy, asked: nearest };
}

function parseAnnotations(json: string): Annotations | null {
  try {
    const value = JSON.parse(json) as Annotations;
    return Array.isArray(value?.entities) && Array.isArray(value.dates) && Array.isArray(value.quotes) ? value : null;
  } catch {
    return null;
  }
}

/** Annotations of a passage, moved from passage offsets to report offsets. */
function shift(annotations: Annotations, by: number): Annotations {
  const move = <T extends { start: number; end: number }>(items: T[]) => items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
  return { entities: move(annotations.entities), dates: move(annotations.dates), quotes: move(annotations.quotes) };
}

function rangeFilter(filter: SearchFilter): ((report: Report | undefined) => boolean) | null {
  const { from, to } = filter;
  const only = filter.reports ? new Set(filter.reports) : null;
  if (!from && !to && !only) return null;
  return (report) => {
    if (!report || (only && !only.has(report.id))) return false;
    if (!from && !to) return true;
    if (!report.date) return false;
    return (!from || report.date >= from) && (!to || report.date <= to);
  };
}
