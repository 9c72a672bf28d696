import { ask } from './answer/ask.js';
import type { AnswerOptions } from './answer/options.js';
import { NewsIndex, type IndexOptions } from './index/newsIndex.js';
import { loadReports, type LoadOptions, type LoadProblem, type LoadResult } from './load/loadReports.js';
import type { AnswerKind, Annotations, AskResult, Report } from './types.js';

/** What `inspect` gives for one report. */
export interface InspectResult {
  report: { id: string; date: string | null; title: string; source?: string; url?: string; file: string };
  entities: Annotations['entities'];
  dates: Annotations['dates'];
  quotes: Annotations['quotes'];
}

/** What a reload changed. */
export interface ReloadSummary {
  added: string[];
  changed: string[];
  removed: string[];
  problems: LoadProblem[];
  reports: number;
  passages: number;
}

export interface NewsdeskOptions {
  load: Partial<LoadOptions>;
  index: Partial<IndexOptions>;
}

/**
 * The reports folder, loaded and indexed: what the CLI, the terminal mode and the
 * bot all ask their questions of.
 */
export class Newsdesk {
  private constructor(
    readonly reportsPath: string,
    public index: NewsIndex,
    public lastLoad: LoadResult,
    public loadedAt: Date,
    private readonly options: Partial<NewsdeskOptions>,
  ) {}

  static async open(reportsPath: string, options: Partial<NewsdeskOptions> = {}, now: Date = new Date()): Promise<Newsdesk> {
    const loaded = await loadReports(reportsPath, options.load);
    const index = NewsIndex.fromReports(loaded.reports, options.index);
    return new Newsdesk(reportsPath, index, loaded, now, options);
  }

  /** A desk over reports already in memory (tests, benchmarks). */
  static fromReports(reports: Report[], options: Partial<NewsdeskOptions> = {}, now: Date = new Date()): Newsdesk {
    const load: LoadResult = { reports, problems: [], files: 0, loaded: reports.length, skipped: 0 };
    return new Newsdesk('(memory)', NewsIndex.fromReports(reports, options.index), load, now, options);
  }

  ask(command: AnswerKind, query: string, options: Partial<AnswerOptions> = {}): AskResult {
    return ask(this.index, command, query, options);
  }

  inspect(reportId: string): InspectResult | null {
    const report = this.index.report(reportId);
    if (!report) return null;
    const annotations = this.index.annotations(reportId);
    const head: InspectResult['report'] = { id: report.id, date: report.date, title: report.title, file: report.origin.file };
    if (report.source) head.source = report.source;
    if (report.url) head.url = report.url;
    return { report: head, ...annotations };
  }

  /**
   * Annotates the reports not yet annotated, a few at a time, yielding to the event loop
   * between them so answers keep flowing; stops when `signal` aborts.
   */
  async warmUp(signal?: AbortSignal): Promise<number> {
    let count = 0;
    for (const report of [...this.index.reports()]) {
      if (signal?.aborted) break;
      if (this.index.isAnnotated(report.id) || !this.index.report(report.id)) continue;
      this.index.annotations(report.id);
      count++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return count;
  }

  /**
   * Names known so far (from annotated reports) that start with or contain `prefix`,
   * most mentioned first: people and organisations, or the speakers of quotations.
   */
  knownNames(kind: 'entity' | 'speaker', prefix: string, limit = 25): string[] {
    const counts = new Map<string, number>();
    for (const [, annotations] of this.index.annotated()) {
      const names = kind === 'speaker' ? annotations.quotes.map((q) => q.speaker) : annotations.entities.filter((e) => e.type !== 'place').map((e) => e.text);
      for (const name of names) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const wanted = prefix.trim().toLowerCase();
    const ranked = [...counts.entries()]
      .filter(([name]) => !wanted || name.toLowerCase().includes(wanted))
      .sort((a, b) => Number(b[0].toLowerCase().startsWith(wanted)) - Number(a[0].toLowerCase().startsWith(wanted)) || b[1] - a[1] || a[0].localeCompare(b[0]));
    return ranked.slice(0, limit).map(([name]) => name);
  }

  /** Reports whose id or title contains `text`, newest first. */
  findReports(text: string, limit = 25): Report[] {
    const wanted = text.trim().toLowerCase();
    const out: Report[] = [];
    for (const report of this.index.reports()) {
      if (!wanted || report.id.toLowerCase().includes(wanted) || report.title.toLowerCase().includes(wanted)) out.push(report);
    }
    return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)).slice(0, limit);
  }

  /**
   * Reads the folder again and applies only what changed. A folder that cannot be
   * read leaves the current index serving.
   */
  async reload(now: Date = new Date()): Promise<ReloadSummary> {
    const loaded = await loadReports(this.reportsPath, this.options.load);
    const fresh = new Map(loaded.reports.map((r) => [r.id, r]));
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    for (const report of [...this.index.reports()]) {
      if (!fresh.has(report.id)) removed.push(report.id);
    }
    const toAdd: Report[] = [];
    for (const report of loaded.reports) {
      const old = this.index.report(report.id);
      if (!old) added.push(report.id);
      else if (!sameReport(old, report)) changed.push(report.id);
      else continue;
      toAdd.push(report);
    }
    for (const id of removed) this.index.removeReport(id);
    this.index.addReports(toAdd);
    this.lastLoad = loaded;
    this.loadedAt = now;
    return { added, changed, removed, problems: loaded.problems, reports: this.index.reportCount, passages: this.index.passageCount };
  }
}

function sameReport(a: Report, b: Report): boolean {
  return a.text === b.text && a.date === b.date && a.title === b.title && a.source === b.source && a.url === b.url;
}
