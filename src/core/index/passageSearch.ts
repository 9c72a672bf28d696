import MiniSearch from 'minisearch';
import { frequencies, termsOf } from '../text/terms.js';
import type { Report } from '../types.js';
import type { TimeSlicer } from '../load/slices.js';
import { inverseFrequency, termWeight } from './bm25.js';
import { CommonTermLists, topListsInSlices, topListsOf, type TopList } from './commonTerms.js';
import type { IndexOptions, SearchFilter } from './indexOptions.js';
import { addCountedInSteps } from './miniSearchStore.js';
import { expansionOf, planQuery, type QueryPlan } from './queryPlan.js';
import type { AlternateTerm } from '../text/initialisms.js';
import { rankPassages, type Candidate, type PassageHit } from './rankPassages.js';
import type { DroppedReport, ReportStore, StoredReport } from './reportStore.js';
import type { SearchBackend } from './searchBackend.js';

/** What MiniSearch holds per report: its index terms, already processed, joined by spaces. */
export interface IndexedReport {
  id: number;
  terms: string;
}

/** What a snapshot gives back to the search: the MiniSearch index and the common-word top lists. */
export interface SearchState {
  mini: MiniSearch<IndexedReport>;
  common: CommonTermLists;
}

/**
 * The query planner and ranker. Which reports a question is about is found from few
 * postings: MiniSearch for the rarer words, a short top list for each common word. Which
 * passage answers it is decided on the best `candidateReports` reports only, by their
 * packed words (rankPassages).
 */
export class PassageSearch implements SearchBackend {
  /** The MiniSearch settings of the index: terms arrive processed, so tokenizing is a split. */
  static readonly miniSearchOptions = {
    fields: ['terms'],
    storeFields: [],
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => term || null,
  };

  /** Every report's terms, for the rarer words' candidates. */
  readonly mini: MiniSearch<IndexedReport>;
  /** The best reports of each common word. */
  readonly common: CommonTermLists;
  /** Reused by every search: which searched term a term number is (-1 when none). */
  private scratch = new Int32Array(0);
  /** Where candidates come from: this MiniSearch index, unless another backend is given. */
  private readonly backend: SearchBackend;

  constructor(
    private readonly store: ReportStore,
    private readonly options: IndexOptions,
    restored?: SearchState,
    backend?: SearchBackend,
  ) {
    this.mini = restored?.mini ?? PassageSearch.emptyMiniSearch();
    this.common = restored?.common ?? new CommonTermLists(options.commonListSize);
    this.backend = backend ?? this;
  }

  /** Reports of the index holding `term`. */
  frequency(term: string): number {
    return this.store.stats.frequency(term);
  }

  /** A MiniSearch index with no report, set up as the search needs it. */
  static emptyMiniSearch(): MiniSearch<IndexedReport> {
    return new MiniSearch<IndexedReport>(PassageSearch.miniSearchOptions);
  }

  /**
   * Puts a report the store just took into the top lists of its common words, scored against
   * the counts as they are now, and gives what MiniSearch is to hold for it.
   */
  prepare(stored: StoredReport): IndexedReport {
    // with another backend, MiniSearch and the top lists stay empty: the backend picks candidates
    if (this.backend !== this) return { id: stored.number, terms: '' };
    if (this.common.count > 0) this.common.insert(stored.number, this.commonScores(stored.terms));
    return { id: stored.number, terms: stored.terms.join(' ') };
  }

  /**
   * Indexes a huge report just stored, pausing through `slicer` between steps (see
   * `addCountedInSteps`); what `prepare` then `index` do for ordinary ones.
   */
  async indexInSlices(stored: StoredReport, slicer: TimeSlicer): Promise<void> {
    if (this.backend !== this) return;
    const counts = frequencies(stored.terms);
    await slicer.pause();
    if (this.common.count > 0) this.common.insert(stored.number, this.scoresOf(counts, stored.terms.length));
    await addCountedInSteps(this.mini, stored.number, counts, () => slicer.pause());
  }

  /** Indexes prepared reports in MiniSearch, in one batch. */
  index(documents: IndexedReport[]): void {
    if (this.backend === this) this.mini.addAll(documents);
  }

  /** Forgets a report the store just dropped. */
  remove(dropped: DroppedReport): void {
    if (this.backend !== this) return;
    this.common.remove(dropped.number, dropped.unique);
    this.mini.discard(dropped.number);
  }

  /**
   * Passages ranked by relevance to the query, within the filter. The plan: stop words
   * out; words in at most `commonShare` of the reports searched in MiniSearch (longer ones
   * with prefix and fuzzy matching, a word the index lacks too); common words from their
   * top lists; then the passages of the best `candidateReports` reports ranked on their words.
   * `also`: index terms searched beside the query's own, each standing for one of its words.
   */
  search(query: string, filter: SearchFilter = {}, also: readonly AlternateTerm[] = []): PassageHit[] {
    const limit = Math.min(filter.limit ?? this.options.maxHits, this.options.maxHits);
    const queryTerms = termsOf(query);
    if (queryTerms.length === 0) return [];
    const { backend } = this;
    const plan = planQuery(queryTerms, (term) => backend.frequency(term), this.commonThreshold, this.options, also);
    const candidates: Candidate[] = topCandidates(backend.candidates(plan, filter), this.options.candidateReports)
      .map((number) => ({ report: this.store.reportAt(number)!, packed: this.store.packedAt(number)! }))
      .filter((candidate) => candidate.report && candidate.packed);
    const { vocabulary, stats } = this.store;
    const ranking = { ...this.options, averagePassage: this.store.averagePassage };
    return rankPassages(candidates, plan.weights, vocabulary, stats, ranking, this.scratchFor(vocabulary.size), limit);
  }

  /**
   * Candidate reports by number, with their scores: MiniSearch's for the selective words
   * (adding the index terms their expansions found to `plan.weights`), the top lists' for
   * the common ones.
   */
  candidates(plan: QueryPlan, filter: SearchFilter): Map<number, number> {
    const inRange = rangeFilter(filter);
    const accepts = inRange ? (number: number) => inRange(this.store.reportAt(number)) : () => true;
    const searchOptions = { filter: (result: { id: unknown }) => accepts(result.id as number) };
    const scores = new Map<number, number>();
    const add = (number: number, score: number) => scores.set(number, (scores.get(number) ?? 0) + score);
    if (plan.selective.length) {
      for (const result of this.mini.search({ combineWith: 'OR', queries: plan.selective }, searchOptions)) {
        add(result.id as number, result.score);
        for (const term of result.terms) {
          if (!plan.weights.has(term)) plan.weights.set(term, expansionOf(term, plan.expandable));
        }
      }
    }
    for (const term of plan.common) {
      for (const [number, score] of this.topList(term)) if (accepts(number)) add(number, score);
    }
    // a date range or a report list can leave the top lists empty: then the common words are searched within it
    const ranged = Boolean(filter.from || filter.to || filter.reports);
    if (ranged && plan.common.length && scores.size < this.options.candidateReports) {
      for (const result of this.mini.search({ combineWith: 'OR', queries: plan.common }, searchOptions)) {
        if (!scores.has(result.id as number)) add(result.id as number, result.score);
      }
    }
    return scores;
  }

  /** Reports a word must be found in, beyond which it counts as common. */
  get commonThreshold(): number {
    return Math.max(this.options.commonMinReports, this.options.commonShare * this.store.stats.reports);
  }

  /** Common words (the most frequent first) whose top lists are not computed yet. */
  commonTermsToList(): string[] {
    return this.store.stats.termsAbove(this.commonThreshold).filter((term) => !this.common.has(term));
  }

  /**
   * Computes the top lists of every common word not listed yet, in one pass over the packed
   * reports, so that no question pays for walking a common word's postings. Returns how
   * many lists it made.
   */
  buildCommonLists(): number {
    const terms = this.commonTermsToList();
    if (terms.length === 0) return 0;
    const scratch = this.scratchFor(this.store.vocabulary.size);
    this.setLists(terms, topListsOf(terms, this.store, this.options.commonListSize, scratch));
    return terms.length;
  }

  /** `buildCommonLists`, pausing through `slicer` between reports (start-up, after the background annotation). */
  async buildCommonListsInSlices(slicer: TimeSlicer): Promise<number> {
    const terms = this.commonTermsToList();
    if (terms.length === 0) return 0;
    this.setLists(terms, await topListsInSlices(terms, this.store, this.options.commonListSize, slicer));
    return terms.length;
  }

  private setLists(terms: string[], lists: TopList[]): void {
    terms.forEach((term, slot) => {
      this.common.set(term, lists[slot]!);
    });
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

  /** The reusable term-number array, grown to at least `size` (all -1). */
  private scratchFor(size: number): Int32Array {
    if (this.scratch.length < size) this.scratch = new Int32Array(Math.max(1024, size * 2)).fill(-1);
    return this.scratch;
  }

  /** A new report's score in the top list of each of its words that has one. */
  private commonScores(terms: string[]): Map<string, number> {
    return this.scoresOf(frequencies(terms), terms.length);
  }

  /** The same, from the report's terms already counted and its length in terms. */
  private scoresOf(counts: Map<string, number>, length: number): Map<string, number> {
    const { stats } = this.store;
    const scores = new Map<string, number>();
    for (const [term, frequency] of counts) {
      if (!this.common.has(term)) continue;
      const idf = inverseFrequency(stats.frequency(term), stats.reports);
      scores.set(term, idf * termWeight(frequency, length, stats.averageLength));
    }
    return scores;
  }
}

/** The best `count` candidates' numbers: highest score first, the earlier report on a tie. */
export function topCandidates(scores: Map<number, number>, count: number): number[] {
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, count)
    .map(([number]) => number);
}

/** A test of a report against the filter's dates and report list; null when the filter has neither. */
export function rangeFilter(filter: SearchFilter): ((report: Report | undefined) => boolean) | null {
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
