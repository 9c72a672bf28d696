import { join } from 'node:path';
import { analysisFingerprint } from './extract/analysisFingerprint.js';
import type { NewsdeskOptions, ReloadSummary, StartupReport } from './deskTypes.js';
import { defaultIndexOptions } from './index/indexOptions.js';
import { NewsIndex, type Annotator } from './index/newsIndex.js';
import { addReportsInSlices, applyLoad, reuseUnchanged } from './index/reportSync.js';
import { DataNeeded } from './index/searchBackend.js';
import { readSnapshot, writeSnapshot, type SnapshotRead, type SnapshotSource } from './index/snapshot.js';
import { loadReports, type LoadResult } from './load/loadReports.js';
import { openRemoteCorpus, type RemoteCorpus } from './postgres/remoteCorpus.js';
import type { Report } from './types.js';

/** What opening a desk makes: the index, what was loaded, how it went, and the database when there is one. */
export interface Opened {
  index: NewsIndex;
  loaded: LoadResult;
  startup: StartupReport;
  remote: RemoteCorpus | null;
}

/** Where the index snapshot lives under the state folder. */
export function snapshotDir(stateDir: string): string {
  return join(stateDir, 'index');
}

/** Saves the index under `stateDir`, marked with the extractors that made its annotations. */
export function saveSnapshot(
  stateDir: string,
  index: NewsIndex,
  source: Omit<SnapshotSource, 'analysis'>,
): Promise<{ bytes: number; seconds: number }> {
  return writeSnapshot(snapshotDir(stateDir), index, { ...source, analysis: analysisFingerprint() });
}

/**
 * Loads the reports folder into the in-memory index. With `stateDir`, files unchanged since
 * the snapshot take their reports, index entries and annotations from it.
 */
export async function openFolder(
  reportsPath: string,
  options: Partial<NewsdeskOptions>,
  annotator: Annotator,
): Promise<Opened> {
  const started = performance.now();
  const snapshot: SnapshotRead = options.stateDir
    ? await readSnapshot(snapshotDir(options.stateDir), reportsPath, analysisFingerprint(), options.index)
    : { status: 'none' };
  const reuse =
    snapshot.status === 'loaded'
      ? reuseUnchanged(snapshot.state.reports, snapshot.files, snapshot.fingerprintedAt)
      : undefined;
  const loaded = await loadReports(reportsPath, options.load, reuse);
  let index: NewsIndex;
  let processed = loaded.reports.length;
  let dropped = 0;
  if (snapshot.status === 'loaded') {
    index = new NewsIndex(annotator, options.index, snapshot.state);
    const { added, changed, removed } = await applyLoad(index, loaded.reports);
    processed = added.length + changed.length;
    dropped = removed.length + changed.length;
  } else {
    index = new NewsIndex(annotator, options.index);
    // indexed a slice at a time, so timers and answers keep running during start-up
    await addReportsInSlices(index, loaded.reports);
  }
  await index.buildCommonListsInSlices();
  const seconds = (performance.now() - started) / 1000;
  const fromSnapshot = loaded.reports.length - processed;
  const startup: StartupReport = { snapshot: snapshot.status, fromSnapshot, processed, dropped, seconds };
  if (snapshot.status === 'discarded') startup.discarded = snapshot.reason;
  return { index, loaded, startup, remote: null };
}

/**
 * The desk on PostgreSQL: the folder's new and changed reports are written to the database;
 * the local index holds only the reports questions fetch.
 */
export async function openOnDatabase(
  reportsPath: string,
  url: string,
  options: Partial<NewsdeskOptions>,
  annotator: Annotator,
): Promise<Opened> {
  const started = performance.now();
  const remote = await openRemoteCorpus(
    url,
    { ...defaultIndexOptions, ...options.index },
    undefined,
    options.databaseReadUrl,
  );
  const index = new NewsIndex(annotator, options.index, undefined, {
    backend: remote.backend,
    stats: remote.backend.stats,
  });
  remote.backend.attach(index);
  try {
    // a file at a time: the folder is never held whole
    const folder = await remote.startSync();
    const loaded = await loadReports(reportsPath, options.load, undefined, (reports) => folder.take(reports));
    const { added, changed } = await folder.finish();
    await remote.backend.makeCommonLists();
    const processed = added.length + changed.length;
    const fromSnapshot = loaded.loaded - processed;
    const seconds = (performance.now() - started) / 1000;
    const startup: StartupReport = { snapshot: 'none', fromSnapshot, processed, dropped: 0, seconds };
    // the reports are in the database: the desk keeps only the load's files and problems
    return { index, loaded: { ...loaded, reports: [] }, startup, remote };
  } catch (error) {
    await remote.close();
    throw error;
  }
}

/** What a reload read, and what it changed. */
export interface Reloaded {
  loaded: LoadResult;
  summary: ReloadSummary;
}

/** Reads the folder again into the in-memory index; files unchanged since `previous` keep their reports. */
export async function reloadFolder(
  index: NewsIndex,
  reportsPath: string,
  options: Partial<NewsdeskOptions>,
  previous: LoadResult,
): Promise<Reloaded> {
  const reuse = reuseUnchanged(index.reports(), previous.fingerprints, previous.startedAt);
  const loaded = await loadReports(reportsPath, options.load, reuse);
  const changes = await applyLoad(index, loaded.reports);
  const counts = { reports: index.reportCount, passages: index.passageCount };
  return { loaded, summary: { ...changes, problems: loaded.problems, ...counts } };
}

/** Reads the folder again into the database: new and changed reports written, those gone from its files removed. */
export async function reloadOnDatabase(
  remote: RemoteCorpus,
  reportsPath: string,
  options: Partial<NewsdeskOptions>,
  previous: LoadResult,
): Promise<Reloaded> {
  const folder = await remote.startSync();
  const loaded = await loadReports(reportsPath, options.load, undefined, (reports) => folder.take(reports));
  const files = [...new Set([...previous.fingerprints, ...loaded.fingerprints].map((print) => print.file))];
  const changes = await folder.finish(files);
  const counts = { reports: remote.backend.reportCount, passages: remote.backend.stats.passageCount() };
  return { loaded: { ...loaded, reports: [] }, summary: { ...changes, problems: loaded.problems, ...counts } };
}

/** What a desk over reports given in memory counts as loaded. */
export function memoryLoad(reports: Report[]): LoadResult {
  const base = { problems: [], fingerprints: [], reused: 0, startedAt: Date.now(), files: 0, skipped: 0 };
  return { ...base, reports, loaded: reports.length };
}

/** Runs a synchronous answer; what it finds missing is fetched from the database, then it runs again. */
export async function fetchingFrom<T>(remote: RemoteCorpus, run: () => T): Promise<T> {
  await remote.backend.refresh();
  for (let round = 0; ; round++) {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof DataNeeded) || round >= 8) throw error;
      await remote.backend.prepare(error.request);
    }
  }
}
