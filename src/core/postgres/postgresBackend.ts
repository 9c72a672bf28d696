import type pg from 'pg';
import { inverseFrequency } from '../index/bm25.js';
import type { IndexOptions, SearchFilter } from '../index/indexOptions.js';
import type { NewsIndex } from '../index/newsIndex.js';
import { topCandidates } from '../index/passageSearch.js';
import { expansionOf, planQuery, type QueryPlan } from '../index/queryPlan.js';
import { alternateTerms } from '../text/initialisms.js';
import type { SearchedTerm } from '../index/rankPassages.js';
import { DataNeeded, requestKey, type SearchBackend, type SearchRequest } from '../index/searchBackend.js';
import { commonList, hasRanking, listsWanted } from './commonListQueries.js';
import {
  findReports,
  knownNames,
  latestDate,
  matchTerms,
  nearTerms,
  numbersDated,
  numbersInFilter,
  readCounts,
  readFrequencies,
  readReport,
  readReports,
} from './corpusQueries.js';
import type { Report } from '../types.js';
import { CorpusStats } from './corpusStats.js';
import { HeldReports } from './heldReports.js';
import { matchScores, type ScoreBasis, type SearchedWord } from './matchScores.js';
import { selectiveMatches } from './selectiveMatches.js';

/** Questions whose candidates are kept, and reports held in memory (the rest stay in the database). */
const PREPARED_KEPT = 500;
const REPORTS_KEPT = 3000;
const LISTS_KEPT = 2000;
/**
 * A word in more reports than this is common whatever the corpus size (in memory the bar is a share
 * of the reports: 20,000 at a million). The same as in memory up to 250,000 reports.
 */
const COMMON_AT_MOST = 5000;
/** A common word in more reports than this has its list made from RUM's best matches (where RUM is installed). */
const LIST_RANKED_ABOVE = 2000;

/** A question's candidates, fetched: report ids with their scores, and the index terms its words expanded to. */
interface Prepared {
  ids: string[];
  scores: number[];
  expansions: Array<[string, SearchedTerm]>;
}

/**
 * The PostgreSQL search backend: candidates are picked in the database from the same
 * processed terms and scored as MiniSearch scores them (a question that would score thousands
 * of matches has RUM rank them first, see `selectiveMatches`); only the candidates' reports are
 * fetched into the local index (a bounded cache), so Node's memory does not grow with the corpus.
 * `prepare` fetches a question's data; `candidates` then answers synchronously.
 */
export class PostgresBackend implements SearchBackend {
  /** The corpus-wide counts ranking uses. */
  readonly stats = new CorpusStats();
  private index: NewsIndex | null = null;
  private readonly prepared = new Map<string, Prepared>();
  private readonly lists = new Map<string, Array<[number, number]>>();
  private readonly held: HeldReports;
  /** Whether the RUM index is there, once asked. */
  private ranked: Promise<boolean> | undefined;

  constructor(
    /** Where questions read (a replica when there is one) and where lists are written (the primary). */
    private readonly pools: { read: pg.Pool; write: pg.Pool },
    private readonly options: IndexOptions,
    /** Most reports held in memory (the least recently used go first). */
    reportsKept = REPORTS_KEPT,
  ) {
    this.held = new HeldReports(reportsKept);
  }

  private get pool(): pg.Pool {
    return this.pools.read;
  }

  /** The local index the fetched reports go into. */
  attach(index: NewsIndex): void {
    this.index = index;
  }

  frequency(term: string): number {
    return this.stats.frequency(term);
  }

  candidates(plan: QueryPlan, filter: SearchFilter): Map<number, number> {
    const request = { ...plan.request, filter };
    const key = requestKey(request);
    const found = this.prepared.get(key);
    const store = this.index?.store;
    const numbers = found?.ids.map((id) => store?.numberOf(id));
    if (!found || !numbers || numbers.some((n) => n === undefined)) {
      this.prepared.delete(key);
      throw new DataNeeded(request);
    }
    for (const [term, searched] of found.expansions) if (!plan.weights.has(term)) plan.weights.set(term, searched);
    for (const id of found.ids) this.held.touch(id);
    return new Map(numbers.map((number, i) => [number!, found.scores[i]!]));
  }

  /** Reads the corpus counts; a new version (a change by any process) drops what was fetched before it. */
  async refresh(): Promise<void> {
    const counts = await readCounts(this.pool);
    if (counts.version === this.stats.version) return;
    this.stats.setCounts(counts);
    this.prepared.clear();
    this.lists.clear();
    this.held.clear(this.index);
  }

  /** Fetches a question's candidates and their reports, so that `candidates` can answer it. */
  async prepare(request: SearchRequest): Promise<void> {
    await this.refresh();
    const alternates = [...alternateTerms(request.terms), ...request.also].map((a) => a.term);
    await this.learnFrequencies([...request.terms, ...alternates]);
    const plan = planQuery(request.terms, (t) => this.frequency(t), this.commonThreshold, this.options, request.also);
    const exact = plan.selective.filter((q): q is string => typeof q === 'string');
    const words = await this.searchedWords(exact, plan.expandable);
    const found = await selectiveMatches(words, request.filter, {
      pool: this.pool,
      basis: this.basis,
      learn: (terms) => this.learnFrequencies(terms),
      ranking: await this.ranking(),
      commonThreshold: this.commonThreshold,
    });
    const { scores } = found;
    const expansions = new Map<string, SearchedTerm>();
    for (const lexeme of [...found.lexemes, ...found.listed.map(([term]) => term)]) {
      if (!plan.weights.has(lexeme)) expansions.set(lexeme, expansionOf(lexeme, plan.expandable));
    }
    await this.addCommon(
      [...plan.common.map((term): [string, number] => [term, 1]), ...found.listed],
      request.filter,
      scores,
    );
    const top = topCandidates(scores, this.options.candidateReports);
    const ids = await this.hold(top);
    const kept = top.filter((number) => ids.has(number));
    this.remember(requestKey(request), {
      ids: kept.map((number) => ids.get(number)!),
      scores: kept.map((number) => scores.get(number)!),
      expansions: [...expansions],
    });
  }

  /** As in memory, but never above `COMMON_AT_MOST` reports: past that a word's matches are too many to read. */
  private get commonThreshold(): number {
    const inMemory = Math.max(this.options.commonMinReports, this.options.commonShare * this.stats.reports);
    return Math.min(inMemory, COMMON_AT_MOST);
  }

  /** Whether RUM ranks matches in this database (asked once). */
  private ranking(): Promise<boolean> {
    this.ranked ??= hasRanking(this.pool);
    return this.ranked;
  }

  /** The question's words as MiniSearch searches them: longer words with their longer forms and near spellings. */
  private async searchedWords(exact: string[], expandable: string[]): Promise<SearchedWord[]> {
    const words: SearchedWord[] = exact.map((asked) => ({ asked, prefix: false, near: new Map() }));
    for (const asked of expandable) {
      const distance = Math.min(2, Math.round(asked.length * 0.2));
      const fuzzy = asked.length >= this.options.fuzzyMinLength && distance > 0;
      words.push({ asked, prefix: true, near: fuzzy ? await nearTerms(this.pool, asked, distance) : new Map() });
    }
    return words;
  }

  /** Adds the top lists of common terms, each weighed by its idf and its weight (1 for a word asked). */
  private async addCommon(
    listed: Array<[string, number]>,
    filter: SearchFilter,
    scores: Map<number, number>,
  ): Promise<void> {
    const ranged = Boolean(filter.from || filter.to || filter.reports);
    for (const [term, factor] of listed) {
      const idf = factor * inverseFrequency(this.frequency(term), this.stats.reports);
      const list = await this.listOf(term);
      const accepted = ranged
        ? await numbersInFilter(
            this.pool,
            list.map(([n]) => n),
            filter,
          )
        : null;
      for (const [number, weight] of list) {
        if (!accepted || accepted.has(number)) scores.set(number, (scores.get(number) ?? 0) + idf * weight);
      }
    }
    // a date range or a report list can leave the top lists empty: the common words are searched within it
    const common = listed.filter(([, factor]) => factor === 1).map(([term]) => term);
    if (ranged && common.length && scores.size < this.options.candidateReports) {
      const matches = await matchTerms(this.pool, common, [], filter);
      const words = common.map((asked) => ({ asked, prefix: false, near: new Map<string, number>() }));
      for (const [number, score] of matchScores(matches, words, this.basis)) {
        if (!scores.has(number)) scores.set(number, score);
      }
    }
  }

  /**
   * Makes the top lists of the common words that have none or a stale one, the most frequent
   * first, as the in-memory index makes its lists at start-up; returns how many were made.
   */
  async makeCommonLists(signal?: AbortSignal): Promise<number> {
    await this.refresh();
    const terms = await listsWanted(this.pool, this.commonThreshold, this.stats.reports);
    await this.learnFrequencies(terms);
    let made = 0;
    for (const term of terms) {
      if (signal?.aborted) break;
      this.lists.delete(term);
      await this.listOf(term);
      made++;
    }
    return made;
  }

  private async listOf(term: string): Promise<Array<[number, number]>> {
    let list = this.lists.get(term);
    if (!list) {
      const reports = this.stats.reports;
      const source = { reports, averageLength: this.stats.averageLength, size: this.options.commonListSize };
      // a word in very many reports: RUM's best few times the list's size are weighed, not every report
      const ranked = this.frequency(term) > LIST_RANKED_ABOVE && (await this.ranking());
      list = await commonList(this.pools, term, ranked ? { ...source, ranked: 4 * source.size } : source);
      if (this.lists.size >= LISTS_KEPT) this.lists.clear();
      this.lists.set(term, list);
    }
    return list;
  }

  private async learnFrequencies(terms: string[]): Promise<void> {
    const unknown = [...new Set(terms)].filter((term) => !this.stats.knows(term));
    if (unknown.length === 0) return;
    const found = new Map(await readFrequencies(this.pool, unknown));
    this.stats.setFrequencies(unknown.map((term) => [term, found.get(term) ?? 0]));
  }

  /** Makes sure the reports numbered `numbers` are in the local index; gives their ids by number. */
  private async hold(numbers: number[]): Promise<Map<number, string>> {
    const rows = await readReports(this.pool, numbers);
    this.held.admit(this.index!, rows);
    return new Map(rows.map((row) => [row.number, row.report.id]));
  }

  /** Fetches the reports dated from `from` through `to` (at most `limit`) into the local index. */
  async holdDated(from: string, to: string, limit: number): Promise<void> {
    await this.refresh();
    await this.hold(await numbersDated(this.pool, from, to, limit));
  }

  /** Reports whose id or title contains `text`, newest first, over the whole database (nothing is fetched). */
  findReports(text: string, limit: number): Promise<Report[]> {
    return findReports(this.pool, text, limit);
  }

  /** Names known from every annotated report in the database (see `NameCounts.find`). */
  knownNames(kind: 'entity' | 'speaker', text: string, limit: number): Promise<string[]> {
    return knownNames(this.pool, kind, text, limit);
  }

  /** The newest report date in the database. */
  latestDate(): Promise<string | null> {
    return latestDate(this.pool);
  }

  /** Fetches the report with this id into the local index, when the database has it. */
  async holdById(id: string): Promise<void> {
    await this.refresh();
    if (this.held.has(id)) return this.held.touch(id);
    const row = await readReport(this.pool, id);
    if (row) this.held.admit(this.index!, [row]);
  }

  private remember(key: string, prepared: Prepared): void {
    if (this.prepared.size >= PREPARED_KEPT) this.prepared.delete(this.prepared.keys().next().value!);
    this.prepared.set(key, prepared);
  }

  /** Term weights as MiniSearch computes them: a report's length is its number of distinct terms. */
  private get basis(): ScoreBasis {
    const { stats } = this;
    return {
      frequency: (term) => stats.frequency(term),
      reports: stats.reports,
      averageLength: stats.averageUniqueLength,
    };
  }

  /** Reports in the whole database. */
  get reportCount(): number {
    return this.stats.reports;
  }
}
