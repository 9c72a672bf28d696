import type { IndexOptions } from './index/indexOptions.js';
import type { SnapshotRead } from './index/snapshot.js';
import type { LoadOptions, LoadProblem } from './load/loadReports.js';
import type { Annotations } from './types.js';

/** How a desk is opened; every field is optional. */
export interface NewsdeskOptions {
  /** How the reports folder is read (caps, formats). */
  load: Partial<LoadOptions>;
  /** How reports are split, searched and annotated on the spot. */
  index: Partial<IndexOptions>;
  /** Folder where the index snapshot is kept (`<stateDir>/index`); no snapshot when unset. */
  stateDir: string;
  /**
   * A `postgres://` URL: the reports live in PostgreSQL, shared by every process on it, and only
   * the reports a question needs are fetched (no snapshot). Unset: the in-memory MiniSearch index.
   */
  databaseUrl: string;
  /** A streaming replica of `databaseUrl`'s database: questions read from it, writes go to `databaseUrl`. */
  databaseReadUrl: string;
}

/** What `Newsdesk.inspect` gives for one report: where it comes from and its annotations. */
export interface InspectResult {
  /** The report's id, date, title, source and address, and the file it was read from. */
  report: { id: string; date: string | null; title: string; source?: string; url?: string; file: string };
  /** People, organisations and places named. */
  entities: Annotations['entities'];
  /** Time expressions, resolved against the report's date. */
  dates: Annotations['dates'];
  /** Quotations, with their speakers. */
  quotes: Annotations['quotes'];
}

/** What a reload changed, and the counts after it. */
export interface ReloadSummary {
  /** Ids of reports read for the first time. */
  added: string[];
  /** Ids of reports whose content changed. */
  changed: string[];
  /** Ids of reports no longer in the folder. */
  removed: string[];
  /** Files, lines and items that could not be read, with the reason. */
  problems: LoadProblem[];
  /** Reports indexed after the reload. */
  reports: number;
  /** Passages indexed after the reload. */
  passages: number;
}

/** How the desk came up: what the snapshot gave and what had to be processed again. */
export interface StartupReport {
  /** Whether a snapshot was there and used ('loaded'), not there ('none') or not usable ('discarded'). */
  snapshot: SnapshotRead['status'];
  /** Why the snapshot was not used, when it was discarded. */
  discarded?: string;
  /** Reports taken from the snapshot as they were. */
  fromSnapshot: number;
  /** Reports read and indexed (new or changed since the snapshot, or all without one). */
  processed: number;
  /** Reports in the snapshot whose files are gone or changed. */
  dropped: number;
  /** Seconds from the start of `open` to a desk ready to answer. */
  seconds: number;
}

/** What a background warm-up did. */
export interface WarmUpResult {
  /** Reports annotated. */
  annotated: number;
  /** Reports whose annotation failed, with the reason. */
  failed: Array<{ id: string; reason: string }>;
  /** Common words whose top lists were computed. */
  commonTerms: number;
  /** How long it took. */
  seconds: number;
}

/** What the desk holds now (`Newsdesk.counts`). */
export interface DeskCounts {
  /** Reports indexed. */
  reports: number;
  /** Passages of those reports. */
  passages: number;
  /** Reports whose annotations are made (the rest are made in the background or when a question needs them). */
  annotated: number;
  /** Common words with a list of their best reports. */
  commonWords: number;
}
