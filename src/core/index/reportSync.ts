import type { FileFingerprint, ReuseFile } from '../load/loadReports.js';
import { TimeSlicer } from '../load/slices.js';
import type { Report } from '../types.js';
import type { NewsIndex } from './newsIndex.js';

/** Ids of the reports a load added, changed and removed. */
export interface LoadChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * A file changed this close to when it was looked at may have changed again within the
 * same mtime tick: it is read again.
 */
const RACY_MS = 2000;

/**
 * Brings the index to the reports just read: removes those gone, indexes the new and the
 * changed ones; a report whose content did not change (its file unchanged, or read again
 * after a change elsewhere in it) keeps its index entries and annotations.
 */
export async function applyLoad(index: NewsIndex, reports: Report[]): Promise<LoadChanges> {
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

/**
 * Adds reports to the index one at a time, yielding whenever a slice is used up (a huge
 * report pauses inside its own indexing too).
 */
export async function addReportsInSlices(
  index: NewsIndex,
  reports: Report[],
  slicer = new TimeSlicer(),
): Promise<void> {
  for (const report of reports) {
    await index.addReportInSlices(report, slicer);
    await slicer.pause();
  }
}

/** Lets the loader reuse the reports of every file whose fingerprint still matches. */
export function reuseUnchanged(
  reports: Iterable<Report | undefined>,
  fingerprints: FileFingerprint[],
  lookedAt: number,
): ReuseFile {
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

/**
 * Keeps an indexed report, with its index entries and annotations, when the report read again
 * has the same content; it takes the place it was read from (another file, or another line
 * after lines were inserted above it), so citations point where it is now. Returns whether
 * it was kept.
 */
function keepIfSame(indexed: Report, read: Report): boolean {
  if (indexed === read) return true;
  const same =
    indexed.text === read.text &&
    indexed.date === read.date &&
    indexed.title === read.title &&
    indexed.source === read.source &&
    indexed.url === read.url;
  if (same) indexed.origin = read.origin;
  return same;
}
