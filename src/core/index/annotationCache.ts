import type { Annotations, Report } from '../types.js';
import { OnTheSpotBudget } from './annotationBudget.js';
import { IncompleteAnnotations, isIncompleteJson } from './incomplete.js';
import type { IndexOptions } from './indexOptions.js';
import { LruMap } from './lru.js';
import { NameCounts, type NameKind } from './nameCounts.js';
import type { PassageHit } from './rankPassages.js';

/** Makes the annotations of a text dated `date` (the extractors; given by the facade, never imported here). */
export type Annotator = (text: Pick<Report, 'text' | 'date'>) => Annotations;

/** What the cache needs to know of the reports it annotates. */
export interface AnnotatedReports {
  report(id: string): Report | undefined;
  /** The report's internal number: passage annotations are keyed by it, so a replaced report never reuses them. */
  numberOf(id: string): number | undefined;
}

/** What a snapshot gives back to the cache: stored annotations as JSON, by report id, and the name counts. */
export interface CachedAnnotations {
  annotations: Array<[string, string]>;
  names: NameCounts;
}

/** Parsed annotations kept in memory at once (whole reports). */
const PARSED_REPORTS = 2000;
/** Annotations of single passages kept in memory at once. */
const SPOT_PASSAGES = 20_000;

/**
 * The annotations of reports: kept as JSON (small in memory), parsed into a small LRU when
 * read, and counted into the known names. Reports not annotated yet are annotated when an
 * answer first needs them, or passage by passage on the spot within a question's budget.
 */
export class AnnotationCache {
  /** How often each name is mentioned and each speaker quoted, over the stored annotations. */
  readonly names: NameCounts;
  /** Reports whose annotations passed the time budget: they answer from the part annotated. */
  readonly incomplete = new IncompleteAnnotations();
  /** Full-report annotations as JSON. */
  private readonly stored = new Map<string, string>();
  private readonly parsed = new LruMap<string, Annotations>(PARSED_REPORTS);
  /** Annotations of single passages made on the spot, by report number and passage ordinal. */
  private readonly spot = new LruMap<string, Annotations>(SPOT_PASSAGES);
  /** The budget of the question whose round is running (see `asQuestion`), else null. */
  private question: OnTheSpotBudget | null = null;

  constructor(
    private readonly reports: AnnotatedReports,
    private readonly annotator: Annotator,
    /** What one question may spend annotating on the spot. */
    private readonly spotLimits: Pick<IndexOptions, 'coldAnnotationChars' | 'coldAnnotationMs' | 'spotSliceMs'>,
    restored?: CachedAnnotations,
  ) {
    this.names = restored?.names ?? new NameCounts();
    for (const [id, json] of restored?.annotations ?? []) {
      this.stored.set(id, json);
      if (isIncompleteJson(json)) this.incomplete.update(id, { incomplete: true });
    }
  }

  /** The report's people, organisations, places, dates and quotations (computed now if need be). */
  annotations(reportId: string): Annotations {
    const cached = this.cached(reportId);
    if (cached) return cached;
    const report = this.reports.report(reportId);
    if (!report) throw new Error(`unknown report id "${reportId}"`);
    const annotations = this.annotator(report);
    this.set(reportId, annotations);
    return annotations;
  }

  /** The report's annotations when they are already computed, else null. */
  cached(reportId: string): Annotations | null {
    const parsed = this.parsed.get(reportId);
    if (parsed) return parsed;
    const json = this.stored.get(reportId);
    if (json === undefined) return null;
    const annotations = parseAnnotations(json);
    if (!annotations) {
      // stored annotations that do not read back (a damaged snapshot line) are made again
      this.stored.delete(reportId);
      return null;
    }
    this.parsed.set(reportId, annotations);
    return annotations;
  }

  /** Stores a report's annotations (from a worker or a snapshot); ignored for unknown reports. */
  set(reportId: string, annotations: Annotations | string): void {
    if (!this.reports.report(reportId)) return;
    const parsed = typeof annotations === 'string' ? parseAnnotations(annotations) : annotations;
    if (!parsed) return;
    const old = this.cached(reportId);
    if (old) this.names.remove(old);
    this.stored.set(reportId, typeof annotations === 'string' ? annotations : JSON.stringify(annotations));
    this.parsed.set(reportId, parsed);
    this.names.add(parsed);
    this.incomplete.update(reportId, parsed);
  }

  /** Forgets a report's annotations (the report is being removed) and uncounts its names. */
  forget(reportId: string): void {
    const annotations = this.cached(reportId);
    if (annotations) this.names.remove(annotations);
    this.stored.delete(reportId);
    this.parsed.delete(reportId);
    this.incomplete.delete(reportId);
  }

  /** Whether a report's annotations are stored. */
  has(reportId: string): boolean {
    return this.stored.has(reportId);
  }

  /** Reports whose annotations are stored. */
  get count(): number {
    return this.stored.size;
  }

  /** A report's annotations as stored (JSON), for the snapshot. */
  json(reportId: string): string | undefined {
    return this.stored.get(reportId);
  }

  /** Names known so far that start with or contain `prefix`, most mentioned first. */
  knownNames(kind: NameKind, prefix: string, limit: number): string[] {
    return this.names.find(kind, prefix, limit);
  }

  /**
   * Annotations covering each hit's passage: the report's when computed; else, while this
   * question's budget lasts, the whole report's (when it fits the budget) or the passage's
   * own, computed now; else null. Inside `asQuestion`, a passage met after the round's slice
   * is not annotated here: `SpotPending` is thrown for the caller to annotate it in its own turn.
   */
  annotationsFor(hits: PassageHit[]): Array<Annotations | null> {
    const budget = this.question ?? this.questionBudget(Number.POSITIVE_INFINITY);
    return hits.map((hit) => this.cached(hit.report.id) ?? this.onTheSpot(hit, budget));
  }

  /** A new question's budget for annotating on the spot, its rounds sliced at `sliceMs`. */
  questionBudget(sliceMs = this.spotLimits.spotSliceMs): OnTheSpotBudget {
    const { coldAnnotationChars, coldAnnotationMs } = this.spotLimits;
    return new OnTheSpotBudget(coldAnnotationChars, coldAnnotationMs, undefined, sliceMs);
  }

  /**
   * Runs one round of a question (`run` calls `annotationsFor`), spending `budget`; inside a
   * question already running (a conversation asks again), the outer question's budget holds.
   */
  asQuestion<T>(budget: OnTheSpotBudget, run: () => T): T {
    if (this.question) return run();
    this.question = budget;
    budget.newSlice();
    try {
      return run();
    } finally {
      this.question = null;
    }
  }

  /** Runs a whole question in one go (no rounds), with one budget for all it annotates. */
  inOneGo<T>(run: () => T): T {
    return this.asQuestion(this.questionBudget(Number.POSITIVE_INFINITY), run);
  }

  /**
   * Annotates the passage a round left (see `SpotPending`), between two rounds; nothing when it
   * is annotated meanwhile or its report is gone.
   */
  annotatePending(pending: SpotPending, budget: OnTheSpotBudget): void {
    const { hit } = pending;
    if (this.reports.report(hit.report.id) !== hit.report || this.cached(hit.report.id)) return;
    if (!this.spot.get(this.spotKey(hit)) && !budget.exhausted) this.annotateNow(hit, budget);
  }

  /** A passage's annotations made on the spot (or made by an earlier question), spending `budget`. */
  private onTheSpot(hit: PassageHit, budget: OnTheSpotBudget): Annotations | null {
    const cached = this.spot.get(this.spotKey(hit));
    if (cached) return cached;
    if (budget.exhausted) return null;
    if (budget.sliceDue) throw new SpotPending(hit);
    return this.annotateNow(hit, budget);
  }

  /** The whole report's annotations when it fits what is left of `budget`, else the passage's. */
  private annotateNow(hit: PassageHit, budget: OnTheSpotBudget): Annotations {
    if (budget.fits(hit.report.text.length)) {
      budget.spend(hit.report.text.length);
      return budget.timed(() => this.annotations(hit.report.id));
    }
    budget.spend(hit.passage.text.length);
    const { passage, report } = hit;
    const annotations = budget.timed(() =>
      shift(this.annotator({ text: passage.text, date: report.date }), passage.start),
    );
    this.spot.set(this.spotKey(hit), annotations);
    return annotations;
  }

  private spotKey(hit: PassageHit): string {
    return `${this.reports.numberOf(hit.report.id)}#${hit.passage.ordinal}`;
  }
}

/**
 * Thrown inside `AnnotationCache.asQuestion` when a round has used its slice and a passage
 * still needs annotating: the caller gives the thread back, has `annotatePending` annotate it,
 * then runs the round again (answers are pure: running one again only costs its time).
 */
export class SpotPending extends Error {
  constructor(readonly hit: PassageHit) {
    super('a passage waits to be annotated in a round of its own');
  }
}

/** Stored annotations read back; null when the JSON is damaged or not annotations. */
function parseAnnotations(json: string): Annotations | null {
  try {
    const value = JSON.parse(json) as Annotations;
    const whole = Array.isArray(value?.entities) && Array.isArray(value.dates) && Array.isArray(value.quotes);
    return whole ? value : null;
  } catch {
    return null;
  }
}

/** Annotations of a passage, moved from passage offsets to report offsets. */
function shift(annotations: Annotations, by: number): Annotations {
  const move = <T extends { start: number; end: number }>(items: T[]) =>
    items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
  return { entities: move(annotations.entities), dates: move(annotations.dates), quotes: move(annotations.quotes) };
}
