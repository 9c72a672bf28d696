import { join } from 'node:path';
import { ask } from './answer/ask.js';
import type { AnswerOptions } from './answer/options.js';
import { annotateSliced } from './extract/annotateBudget.js';
import { annotateInWorkers, type AnnotatePoolOptions } from './extract/annotatePool.js';
import { NewsIndex, type IndexOptions } from './index/newsIndex.js';
import { readSnapshot, writeSnapshot, type SnapshotRead } from './index/snapshot.js';
import { addReportsInSlices } from './load/slices.js';
import { loadReports, type LoadOptions, type LoadProblem, type FileFingerprint, type LoadResult, type ReuseFile } from './load/loadReports.js';
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
  /** Folder where the index snapshot is kept (`<stateDir>/index`); no snapshot when unset. */
  stateDir: string;
}

/** How the desk came up: what the snapshot gave and what had to be processed again. */
export interface StartupReport {
  snapshot: SnapshotRead['status'];
  /** Why the snapshot was not used, when it was discarded. */
  discarded?: string;
  /** Reports taken from the snapshot as they were. */
  fromSnapshot: number;
  /** Reports read and indexed (new or changed since the snapshot, or all without one). */
  processed: number;
  /** Reports in the snapshot whose files are gone or changed. */
  dropped: number;
  seconds: number;
}

/** What a background warm-up did. */
export interface WarmUpResult {
  annotated: number;
  failed: Array<{ id: string; reason: string }>;
  /** Common words whose top lists were computed. */
  commonTerms: number;
  seconds: number;
}

/** Below this much text to annotate, starting worker threads costs more than it saves. */
const MIN_WORKER_CHARS = 512 * 1024;

/** A file changed this close to the snapshot may have changed again within the same mtime tick: it is read again. */
const RACY_MS = 2000;

/**
 * The reports folder, loaded and indexed: what the CLI, the terminal mode and the
 * bot all ask their questions of.
 */
export class Newsdesk {
  /** Reloads and snapshot saves run one at a time: a save must not see a half-applied reload. */
  private exclusive: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly reportsPath: string,
    public index: NewsIndex,
    public lastLoad: LoadResult,
    public loadedAt: Date,
    private readonly options: Partial<NewsdeskOptions>,
    readonly startup: StartupReport,
  ) {}

  /**
   * Loads the reports folder. With `stateDir`, files unchanged since the snapshot (same
   * size and modification time) take their reports, index entries and annotations from
   * it, and only the rest is read and indexed.
   */
  static async open(reportsPath: string, options: Partial<NewsdeskOptions> = {}, now: Date = new Date()): Promise<Newsdesk> {
    const started = performance.now();
    const snapshot: SnapshotRead = options.stateDir ? await readSnapshot(snapshotDir(options.stateDir), reportsPath, options.index) : { status: 'none' };
    const reuse = snapshot.status === 'loaded' ? reuseUnchanged(snapshot.state.reports, snapshot.files, snapshot.fingerprintedAt) : undefined;
    const loaded = await loadReports(reportsPath, options.load, reuse);
    let index: NewsIndex;
    let processed = loaded.reports.length;
    let dropped = 0;
    if (snapshot.status === 'loaded') {
      index = new NewsIndex(options.index, snapshot.state);
      const { added, changed, removed } = await applyLoad(index, loaded.reports);
      processed = added.length + changed.length;
      dropped = removed.length + changed.length;
    } else {
      index = new NewsIndex(options.index);
      // indexed a slice at a time, so timers and other work keep running during start-up
      await addReportsInSlices(index, loaded.reports);
    }
    index.buildCommonLists();
    const startup: StartupReport = {
      snapshot: snapshot.status,
      fromSnapshot: loaded.reports.length - processed,
      processed,
      dropped,
      seconds: (performance.now() - started) / 1000,
    };
    if (snapshot.status === 'discarded') startup.discarded = snapshot.reason;
    return new Newsdesk(reportsPath, index, loaded, now, options, startup);
  }

  /** A desk over reports already in memory (tests, benchmarks). */
  static fromReports(reports: Report[], options: Partial<NewsdeskOptions> = {}, now: Date = new Date()): Newsdesk {
    const load: LoadResult = { reports, problems: [], fingerprints: [], reused: 0, startedAt: Date.now(), files: 0, loaded: reports.length, skipped: 0 };
    const started = performance.now();
    const index = NewsIndex.fromReports(reports, options.index);
    index.buildCommonLists();
    const startup: StartupReport = { snapshot: 'none', fromSnapshot: 0, processed: reports.length, dropped: 0, seconds: (performance.now() - started) / 1000 };
    return new Newsdesk('(memory)', index, load, now, options, startup);
  }

  /**
   * Saves the index, reports and annotations under `stateDir` (nothing without one). Saves
   * and reloads never overlap: each waits for the one before.
   */
  async saveSnapshot(): Promise<{ bytes: number; seconds: number } | null> {
    const stateDir = this.options.stateDir;
    if (!stateDir) return null;
    return this.oneAtATime(() =>
      writeSnapshot(snapshotDir(stateDir), this.index, { root: this.reportsPath, files: this.lastLoad.fingerprints, fingerprintedAt: this.lastLoad.startedAt }),
    );
  }

  private oneAtATime<T>(run: () => Promise<T>): Promise<T> {
    const next = this.exclusive.catch(() => undefined).then(run);
    this.exclusive = next;
    return next;
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
   * Annotates the reports not yet annotated (in worker threads when there is much to do),
   * then lists the reports of words that have become common. Answers keep flowing
   * meanwhile. Stops early when `signal` aborts.
   */
  async warmUp(signal?: AbortSignal, pool: Partial<AnnotatePoolOptions> = {}): Promise<WarmUpResult> {
    const started = performance.now();
    // reports whose annotation passed the time budget here are finished in a worker, with more time
    const unfinished = (id: string) => this.index.incomplete.has(id);
    const pending = [...this.index.reports()].filter(
      (report) => !this.index.isAnnotated(report.id) || unfinished(report.id),
    );
    const sent = new Map(pending.map((report) => [report.id, report]));
    const jobs = pending.map((report) => ({ id: report.id, text: report.text, date: report.date }));
    const chars = jobs.reduce((sum, job) => sum + job.text.length, 0);
    const annotated = !jobs.length
      ? { annotated: 0, failed: [] }
      : chars < MIN_WORKER_CHARS && !pending.some((report) => unfinished(report.id))
        ? await this.annotateHere(pending, signal)
        : await annotateInWorkers(
          jobs,
          (id, json) => {
            // a report changed while its annotations were being made keeps waiting for fresh ones
            if (this.index.report(id) === sent.get(id)) this.index.setAnnotations(id, json);
          },
          { ...pool, ...(signal ? { signal } : {}) },
        );
    // words that became common with reports added since start-up get their lists too
    const commonTerms = signal?.aborted ? 0 : this.index.buildCommonLists();
    return { annotated: annotated.annotated, failed: annotated.failed, commonTerms, seconds: (performance.now() - started) / 1000 };
  }

  /** Reports whose annotations passed the time budget (they answer from the part annotated). */
  get incompleteAnnotations(): number {
    return this.index.incomplete.count;
  }

  /** Calls `listener` once for each report whose annotation passes the time budget (for a log line). */
  onIncompleteAnnotations(listener: (reportId: string) => void): void {
    this.index.incomplete.onMarked = listener;
  }

  /** Annotates a few reports on this thread, yielding at least every 50 ms (by the clock). */
  private async annotateHere(reports: Report[], signal?: AbortSignal): Promise<{ annotated: number; failed: WarmUpResult['failed'] }> {
    let annotated = 0;
    const failed: WarmUpResult['failed'] = [];
    for (const report of reports) {
      if (signal?.aborted) break;
      if (this.index.report(report.id) !== report || this.index.isAnnotated(report.id)) continue;
      try {
        const budget = { budgetMs: this.index.options.annotationBudgetMs };
        const annotations = await annotateSliced(report, budget, signal);
        // a report changed or dropped meanwhile keeps waiting for fresh annotations
        if (!annotations || this.index.report(report.id) !== report) continue;
        this.index.setAnnotations(report.id, annotations);
        annotated++;
      } catch (error) {
        failed.push({ id: report.id, reason: (error as Error).message });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { annotated, failed };
  }

  /**
   * Names known so far (from annotated reports) that start with or contain `prefix`,
   * most mentioned first: people and organisations, or the speakers of quotations.
   */
  knownNames(kind: 'entity' | 'speaker', prefix: string, limit = 25): string[] {
    return this.index.knownNames(kind, prefix, limit);
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
  reload(now: Date = new Date()): Promise<ReloadSummary> {
    return this.oneAtATime(() => this.applyReload(now));
  }

  private async applyReload(now: Date): Promise<ReloadSummary> {
    // files unchanged since the last load keep the reports already indexed
    const reuse = reuseUnchanged(this.index.reports(), this.lastLoad.fingerprints, this.lastLoad.startedAt);
    const loaded = await loadReports(this.reportsPath, this.options.load, reuse);
    const { added, changed, removed } = await applyLoad(this.index, loaded.reports);
    this.lastLoad = loaded;
    this.loadedAt = now;
    return { added, changed, removed, problems: loaded.problems, reports: this.index.reportCount, passages: this.index.passageCount };
  }
}

/**
 * Brings the index to the reports just read: removes those gone, indexes the new and the
 * changed ones; a report whose content did not change (its file unchanged, or read again
 * after a change elsewhere in it) keeps its index entries and annotations.
 */
async function applyLoad(
  index: NewsIndex,
  reports: Report[],
): Promise<Pick<ReloadSummary, 'added' | 'changed' | 'removed'>> {
  const read = new Set(reports.map((report) => report.id));
  const removed = [...index.reports()].filter((report) => !read.has(report.id)).map((report) => report.id);
  const added: string[] = [];
  const changed: string[] = [];
  const toIndex: Report[] = [];
  for (const report of reports) {
    const indexed = index.report(report.id);
    if (!indexed) added.push(report.id);
    else if (!keepIfSame(indexed, report)) changed.push(report.id);
    else continue;
    toIndex.push(report);
  }
  for (const id of removed) index.removeReport(id);
  // a slice at a time: answers keep flowing during a reload (a changed report is replaced when its turn comes)
  await addReportsInSlices(index, toIndex);
  return { added, changed, removed };
}

/** Reuses the reports of every file whose fingerprint still matches. */
function reuseUnchanged(reports: Iterable<Report | undefined>, fingerprints: FileFingerprint[], lookedAt: number): ReuseFile {
  const byFile = new Map<string, Report[]>();
  for (const report of reports) {
    if (!report) continue;
    const list = byFile.get(report.origin.file) ?? [];
    list.push(report);
    byFile.set(report.origin.file, list);
  }
  const known = new Map(fingerprints.map((f) => [f.file, f]));
  return (fingerprint) => {
    const old = known.get(fingerprint.file);
    const reports = byFile.get(fingerprint.file);
    return old && reports && unchanged(old, fingerprint, lookedAt) ? [...old.problems, ...reports] : null;
  };
}

/**
 * Whether a file is as it was: same size and modification time, and not modified so close
 * to when it was looked at that a second change could share the same time stamp.
 */
function unchanged(old: FileFingerprint, now: Omit<FileFingerprint, 'problems'>, lookedAt: number): boolean {
  return old.size === now.size && old.mtimeMs === now.mtimeMs && now.mtimeMs < lookedAt - RACY_MS;
}

function snapshotDir(stateDir: string): string {
  return join(stateDir, 'index');
}

/**
 * Keeps an indexed report, with its index entries and annotations, when the report read again
 * has the same content; it takes the place it was read from (another file, or another line
 * after lines were inserted above it), so citations point where it is now. Returns whether
 * it was kept.
 */
function keepIfSame(indexed: Report, read: Report): boolean {
  if (indexed === read) return true;
  const same = indexed.text === read.text && indexed.date === read.date && indexed.title === read.title && indexed.source === read.source && indexed.url === read.url;
  if (same) indexed.origin = read.origin;
  return same;
}
