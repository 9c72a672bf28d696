import { ask } from './answer/ask.js';
import { answerChat, type ChatAnswer } from './answer/chat.js';
import { defaultAnswerOptions, type AnswerOptions } from './answer/options.js';
import { gather, type Gathered } from './answer/rank/gather.js';
import type { ConversationTurn } from './conversation.js';
import type {
  DeskCounts,
  InspectResult,
  NewsdeskOptions,
  ReloadSummary,
  StartupReport,
  WarmUpResult,
} from './deskTypes.js';
import { answerInRounds } from './answerInRounds.js';
import { annotatorFor, loadExtractors } from './deskAnnotator.js';
import type { AnnotatePoolOptions } from './extract/annotatePool.js';
import { NewsIndex } from './index/newsIndex.js';
import { readStoredReports, type LoadResult } from './load/loadReports.js';
import type { RemoteCorpus } from './postgres/remoteCorpus.js';
import * as opening from './deskOpening.js';
import type { AnswerKind, Annotations, AskResult, Passage, Report } from './types.js';
import { findReportsIn, inspectResult, latestDateIn } from './findReports.js';
import { annotatePending } from './warmUp.js';
import { annotateStored } from './warmUpStored.js';
import { summaryOf, type DailySummary, type SummaryRequest } from './summary/summary.js';

export type * from './deskTypes.js';
export { workersBesideAnswers } from './extract/annotatePool.js';
export { NO_CHAT_DEADLINE } from './index/indexOptions.js';

/**
 * The reports folder, loaded and indexed: what the CLI, the terminal mode and the bot all
 * ask their questions of, and the only door they use. The index below it never sees this
 * class; it is given the extractors (`annotateWithin`, under a time budget) from here.
 */
export class Newsdesk {
  /** Reloads and snapshot saves run one at a time: a save must not see a half-applied reload. */
  private exclusive: Promise<unknown> = Promise.resolve();

  private constructor(
    /** The reports folder, as given to `open` ("(memory)" for `fromReports`). */
    readonly reportsPath: string,
    private readonly index: NewsIndex,
    /** What the last load or reload read: files, problems, fingerprints. */
    public lastLoad: LoadResult,
    /** When the reports were last loaded or reloaded. */
    public loadedAt: Date,
    private readonly options: Partial<NewsdeskOptions>,
    /** How the desk came up. */
    readonly startup: StartupReport,
    /** The reports in PostgreSQL, when the desk runs on a database. */
    private readonly remote: RemoteCorpus | null = null,
  ) {}

  /**
   * Loads the reports folder. With `stateDir`, files unchanged since the snapshot (same
   * size and modification time) take their reports, index entries and annotations from
   * it, and only the rest is read and indexed.
   */
  static async open(
    reportsPath: string,
    options: Partial<NewsdeskOptions> = {},
    now: Date = new Date(),
  ): Promise<Newsdesk> {
    const opened = options.databaseUrl
      ? await opening.openOnDatabase(reportsPath, options.databaseUrl, options, annotatorFor(options))
      : await opening.openFolder(reportsPath, options, annotatorFor(options));
    const { index, loaded, startup, remote } = opened;
    return new Newsdesk(reportsPath, index, loaded, now, options, startup, remote);
  }

  /** A desk over reports already in memory (tests, benchmarks). */
  static fromReports(reports: Report[], options: Partial<NewsdeskOptions> = {}, now: Date = new Date()): Newsdesk {
    const loaded = reports.length;
    const load = opening.memoryLoad(reports);
    const started = performance.now();
    const index = NewsIndex.fromReports(reports, annotatorFor(options), options.index);
    index.buildCommonLists();
    const seconds = (performance.now() - started) / 1000;
    const startup: StartupReport = { snapshot: 'none', fromSnapshot: 0, processed: loaded, dropped: 0, seconds };
    return new Newsdesk('(memory)', index, load, now, options, startup);
  }

  /**
   * Saves the index, reports and annotations under `stateDir` (nothing without one, or on a database). Saves
   * and reloads never overlap: each waits for the one before.
   */
  async saveSnapshot(): Promise<{ bytes: number; seconds: number } | null> {
    const { stateDir } = this.options;
    if (!stateDir || this.remote) return null;
    const { fingerprints, startedAt } = this.lastLoad;
    const source = { root: this.reportsPath, files: fingerprints, fingerprintedAt: startedAt };
    return this.oneAtATime(() => opening.saveSnapshot(stateDir, this.index, source));
  }

  private oneAtATime<T>(run: () => Promise<T>): Promise<T> {
    this.exclusive = this.exclusive.catch(() => undefined).then(run);
    return this.exclusive as Promise<T>;
  }

  /**
   * Answers one question of one kind, on either backend: with PostgreSQL the question's
   * candidate reports are fetched first, then it is answered as `ask` answers it.
   */
  answer(command: AnswerKind, query: string, options: Partial<AnswerOptions> = {}): Promise<AskResult> {
    return this.fetching(() => this.ask(command, query, options));
  }

  /** Answers a question asked in conversation, on either backend (see `chat`). */
  converse(text: string, previous?: ConversationTurn, options: Partial<AnswerOptions> = {}): Promise<ChatAnswer> {
    return this.fetching(() => this.chat(text, previous, options));
  }

  private fetching<T>(run: () => T): Promise<T> {
    return this.remote ? opening.fetchingFrom(this.remote, run) : answerInRounds(this.index, run);
  }

  /** Loads the extractors' models now rather than on the first answer (see `loadExtractors`). */
  readonly loadExtractors = loadExtractors;

  /** Closes the database connections (nothing to do in memory). */
  async close(): Promise<void> {
    await this.remote?.close();
  }

  /** Answers one question of one kind, with the parsed question and each citation's matched words (in memory). */
  ask(command: AnswerKind, query: string, options: Partial<AnswerOptions> = {}): AskResult {
    return this.index.annotationCache.inOneGo(() => ask(this.index, command, query, options));
  }

  /**
   * Answers a question asked in conversation, routed to the kind it asks for; a follow-up to
   * `previous` ("and when was that?") is asked with its topic, within the reports it cited.
   */
  chat(text: string, previous?: ConversationTurn, options: Partial<AnswerOptions> = {}): ChatAnswer {
    return answerChat(this, text, previous, options);
  }

  /** Reports, passages and annotated reports held now. */
  counts(): DeskCounts {
    const { index } = this;
    const commonWords = index.searcher.common.count;
    const reports = this.remote ? this.remote.backend.reportCount : index.reportCount;
    return { reports, passages: index.passageCount, annotated: index.annotatedCount, commonWords };
  }

  /**
   * The who or when answer candidates of a question with their ranking features, before the
   * ranker scores them: what `npm run train` learns the ranker's weights from.
   */
  answerCandidates(kind: 'who' | 'when', query: string, options: Partial<AnswerOptions> = {}): Gathered {
    return gather(this.index, kind, query, { ...defaultAnswerOptions, ...options });
  }

  /** Reports whose annotations passed the time budget (they answer from the part annotated). */
  get incompleteAnnotations(): number {
    return this.index.incomplete.count;
  }

  /** Calls `listener` once for each report whose annotation passes the time budget (for a log line). */
  onIncompleteAnnotations(listener: (reportId: string) => void): void {
    this.index.incomplete.onMarked = listener;
  }

  /** The report with this id, fetched from the database first when the desk runs on one (then `inspect` has it). */
  async lookUp(id: string): Promise<Report | undefined> {
    await this.remote?.backend.holdById(id);
    return this.index.report(id);
  }

  /** The report with this id, or undefined when none is loaded. */
  report(id: string): Report | undefined {
    return this.index.report(id);
  }

  /** Every report loaded, in the order they were indexed (on a database: those fetched so far; see `holdDates`). */
  reports(): IterableIterator<Report> {
    return this.index.reports();
  }

  /** Makes the reports dated from `from` through `to` part of `reports()`: on a database, fetches up to `most`. */
  async holdDates(from: string, to: string, most: number): Promise<void> {
    await this.remote?.backend.holdDated(from, to, most);
  }

  /** The newest report date (over the whole database when the desk runs on one): a summary's default day. */
  latestDate(): Promise<string | null> {
    return this.remote ? this.remote.backend.latestDate() : Promise.resolve(latestDateIn(this.index.reports()));
  }

  /** What the reports dated `date` said, or with `since` every report dated after it (see `SummaryRequest`). */
  summary(date: string, request: SummaryRequest = {}): Promise<DailySummary> {
    return summaryOf(this, date, request);
  }

  /** The report's passages, with offsets into its text (none for an unknown id). */
  passagesOf(reportId: string): Passage[] {
    return this.index.passagesOf(reportId);
  }

  /**
   * The report's people, organisations, places, dates and quotations, made now if need be;
   * throws for an unknown id.
   */
  annotations(reportId: string): Annotations {
    if (!this.index.report(reportId)) throw new Error(`Newsdesk: unknown report id "${reportId}"`);
    return this.index.annotations(reportId);
  }

  /** Whether the report's annotations are made already (and read back whole). */
  isAnnotated(reportId: string): boolean {
    return this.index.cachedAnnotations(reportId) !== null;
  }

  /** A report's origin and annotations (made now if need be), or null for an unknown id. */
  inspect(reportId: string): InspectResult | null {
    const report = this.index.report(reportId);
    return report ? inspectResult(report, this.index.annotations(reportId)) : null;
  }

  /**
   * Indexes reports given in memory (benchmarks, tests); a report whose id is loaded
   * replaces it. They are not in the reports folder: the next reload takes them out.
   */
  async addReports(reports: Report[]): Promise<void> {
    if (this.remote) await this.remote.write(reports, []);
    else this.index.addReports(reports);
  }

  /** Takes reports out (of the database, for every process, when the desk runs on one). */
  async deleteReports(ids: string[]): Promise<void> {
    if (this.remote) await this.remote.write([], ids);
    else for (const id of ids) this.index.removeReport(id);
  }

  /**
   * Reads report files just written under the reports folder (paths relative to it) and indexes
   * their reports at once, between reloads, so answers cite them without waiting for the next one.
   */
  indexStoredFiles(files: string[]): Promise<Report[]> {
    return this.oneAtATime(async () => {
      const reports = await readStoredReports(this.reportsPath, files, this.options.load);
      await this.addReports(reports);
      return reports;
    });
  }

  /** Takes a report out of the index until the next reload reads it again; false for an unknown id. */
  removeReport(id: string): boolean {
    return this.index.removeReport(id);
  }

  /**
   * Annotates the reports not yet annotated (in worker threads when there is much to do; in the database for all),
   * then lists the reports of words that have become common. Answers keep flowing
   * meanwhile. Stops early when `signal` aborts.
   */
  async warmUp(signal?: AbortSignal, pool: Partial<AnnotatePoolOptions> = {}): Promise<WarmUpResult> {
    const started = performance.now();
    const annotate = this.remote
      ? annotateStored(this.remote, signal, pool)
      : annotatePending(this.index, signal, pool);
    const { annotated, failed } = await annotate;
    // words that became common with reports added since start-up get their lists too
    const commonTerms = signal?.aborted ? 0 : await this.index.buildCommonListsInSlices();
    return { annotated, failed, commonTerms, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * Names known so far (from annotated reports) that start with or contain `prefix`,
   * most mentioned first: people and organisations, or the speakers of quotations.
   */
  knownNames(kind: 'entity' | 'speaker', prefix: string, limit = 25): Promise<string[]> {
    if (this.remote) return this.remote.backend.knownNames(kind, prefix, limit);
    return Promise.resolve(this.index.knownNames(kind, prefix, limit));
  }

  /** Reports whose id or title contains `text`, newest first (over the whole database when the desk runs on one). */
  findReports(text: string, limit = 25): Promise<Report[]> {
    if (this.remote) return this.remote.backend.findReports(text, limit);
    return Promise.resolve(findReportsIn(this.index.reports(), text, limit));
  }

  /**
   * Reads the folder again and applies only what changed. A folder that cannot be
   * read leaves the current index serving.
   */
  reload(now: Date = new Date()): Promise<ReloadSummary> {
    return this.oneAtATime(async () => {
      const { remote, reportsPath, options, lastLoad } = this;
      const { loaded, summary } = remote
        ? await opening.reloadOnDatabase(remote, reportsPath, options, lastLoad)
        : await opening.reloadFolder(this.index, reportsPath, options, lastLoad);
      this.lastLoad = loaded;
      this.loadedAt = now;
      return summary;
    });
  }
}
