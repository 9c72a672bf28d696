import MiniSearch from 'minisearch';
import { annotate } from '../extract/annotate.js';
import { splitPassages, type PassageOptions } from '../text/passages.js';
import { processTerm, tokenize } from '../text/terms.js';
import type { Annotations, Passage, Report } from '../types.js';

export interface IndexOptions {
  /** How reports are split into passages. */
  passages: Partial<PassageOptions>;
  /** Field weights in ranking. */
  boost: { text: number; title: number; context: number };
  /** Terms at least this long also match words that start with them. */
  prefixMinLength: number;
  /** Terms at least this long also match words within 20 % edits. */
  fuzzyMinLength: number;
  /** Most passages one search returns. */
  maxHits: number;
  /** Weight of the whole report's match in a passage's score (0 = passages alone). */
  reportWeight: number;
}

export const defaultIndexOptions: IndexOptions = {
  passages: {},
  boost: { text: 2, title: 0.5, context: 1 },
  prefixMinLength: 5,
  fuzzyMinLength: 6,
  maxHits: 200,
  reportWeight: 1,
};

/** A passage a search found, with its report and how it matched. */
export interface PassageHit {
  passage: Passage;
  report: Report;
  score: number;
  /** Index terms of the passage that matched the query. */
  terms: string[];
}

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

interface IndexedReport {
  id: number;
  text: string;
  title: string;
}

interface IndexedPassage {
  id: number;
  text: string;
  title: string;
  context: string;
}

/**
 * Reports, their passages and a MiniSearch index of the passages. Annotations are
 * computed when an answer first needs them and kept.
 */
export class NewsIndex {
  readonly options: IndexOptions;
  private readonly mini: MiniSearch<IndexedPassage>;
  /** The same words per whole report: which report a question is about is clearer than which sentence. */
  private readonly reportMini: MiniSearch<IndexedReport>;
  private readonly reportNumber = new Map<string, number>();
  private readonly passageById: Array<Passage | undefined> = [];
  private readonly passageIdsByReport = new Map<string, number[]>();
  private readonly reportById = new Map<string, Report>();
  private readonly annotationCache = new Map<string, Annotations>();
  private nextReportNumber = 0;

  constructor(options: Partial<IndexOptions> = {}) {
    this.options = { ...defaultIndexOptions, ...options };
    const { boost, prefixMinLength, fuzzyMinLength } = this.options;
    // both indexes match words the same way: prefix and fuzzy only for longer words
    const matching = {
      prefix: (term: string) => term.length >= prefixMinLength,
      fuzzy: (term: string) => (term.length >= fuzzyMinLength ? 0.2 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.3, prefix: 0.5 },
    };
    this.mini = new MiniSearch<IndexedPassage>({
      fields: ['text', 'title', 'context'],
      storeFields: [],
      tokenize,
      processTerm,
      searchOptions: { boost, ...matching },
    });
    this.reportMini = new MiniSearch<IndexedReport>({
      fields: ['text', 'title'],
      storeFields: [],
      tokenize,
      processTerm,
      searchOptions: { boost: { text: 1, title: 1 }, ...matching },
    });
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
    return this.mini.documentCount;
  }

  reports(): IterableIterator<Report> {
    return this.reportById.values();
  }

  report(id: string): Report | undefined {
    return this.reportById.get(id);
  }

  /** Adds reports; a report whose id is already indexed replaces the old one. */
  addReports(reports: Report[]): void {
    const documents: IndexedPassage[] = [];
    const whole: IndexedReport[] = [];
    for (const report of reports) {
      if (this.reportById.has(report.id)) this.removeReport(report.id);
      documents.push(...this.register(report));
      const number = this.nextReportNumber++;
      this.reportNumber.set(report.id, number);
      whole.push({ id: number, text: report.text, title: report.title });
    }
    this.mini.addAll(documents);
    this.reportMini.addAll(whole);
  }

  addReport(report: Report): void {
    this.addReports([report]);
  }

  removeReport(id: string): boolean {
    const ids = this.passageIdsByReport.get(id);
    if (!ids) return false;
    for (const passageId of ids) {
      this.mini.discard(passageId);
      this.passageById[passageId] = undefined;
    }
    this.passageIdsByReport.delete(id);
    this.reportById.delete(id);
    this.reportMini.discard(this.reportNumber.get(id)!);
    this.reportNumber.delete(id);
    this.annotationCache.delete(id);
    return true;
  }

  passagesOf(reportId: string): Passage[] {
    return (this.passageIdsByReport.get(reportId) ?? []).map((id) => this.passageById[id]!);
  }

  /** The report's people, organisations, places, dates and quotations (computed once). */
  annotations(reportId: string): Annotations {
    let cached = this.annotationCache.get(reportId);
    if (!cached) {
      const report = this.reportById.get(reportId);
      if (!report) throw new Error(`NewsIndex: unknown report id "${reportId}"`);
      cached = annotate(report);
      this.annotationCache.set(reportId, cached);
    }
    return cached;
  }

  /** Whether a report's annotations are already computed. */
  isAnnotated(reportId: string): boolean {
    return this.annotationCache.has(reportId);
  }

  /** The annotations computed so far, by report id. */
  annotated(): IterableIterator<[string, Annotations]> {
    return this.annotationCache.entries();
  }

  /** Passages ranked by relevance to the query, within the date range. */
  search(query: string, filter: SearchFilter = {}): PassageHit[] {
    const limit = Math.min(filter.limit ?? this.options.maxHits, this.options.maxHits);
    if (!tokenize(query).some((t) => processTerm(t))) return [];
    const inRange = rangeFilter(filter);
    const results = this.mini.search(query, inRange ? { filter: (r) => inRange(this.reportOfPassage(r.id as number)) } : {});
    const reportScores = this.reportScores(query);
    const best = results[0]?.score ?? 1;
    const hits: PassageHit[] = [];
    for (const result of results) {
      const passage = this.passageById[result.id as number];
      if (!passage) continue;
      const report = this.reportById.get(passage.reportId)!;
      const score = result.score / best + this.options.reportWeight * (reportScores.get(this.reportNumber.get(report.id)!) ?? 0);
      hits.push({ passage, report, score, terms: result.terms });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Report match scores relative to the best report (0..1). */
  private reportScores(query: string): Map<number, number> {
    const scores = new Map<number, number>();
    if (this.options.reportWeight === 0) return scores;
    const results = this.reportMini.search(query);
    const best = results[0]?.score ?? 1;
    for (const r of results) scores.set(r.id as number, r.score / best);
    return scores;
  }

  private reportOfPassage(id: number): Report | undefined {
    const passage = this.passageById[id];
    return passage ? this.reportById.get(passage.reportId) : undefined;
  }

  private register(report: Report): IndexedPassage[] {
    this.reportById.set(report.id, report);
    const passages = splitPassages(report, this.options.passages);
    const ids: number[] = [];
    const documents = passages.map((passage, i) => {
      const id = this.passageById.length;
      this.passageById.push(passage);
      ids.push(id);
      const before = passages[i - 1];
      const after = passages[i + 1];
      const context = [before, after]
        .filter((p): p is Passage => p !== undefined && p.paragraph === passage.paragraph)
        .map((p) => p.text)
        .join(' ');
      return { id, text: passage.text, title: report.title, context };
    });
    this.passageIdsByReport.set(report.id, ids);
    return documents;
  }
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
