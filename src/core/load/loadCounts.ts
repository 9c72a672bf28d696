import type { LoadResult } from './loadReports.js';

/** What one load counted, each count in its own unit. */
export interface LoadCounts {
  /** Report files read. */
  files: number;
  /** Reports loaded from them. */
  reports: number;
  /** Whole files skipped. */
  filesSkipped: number;
  /** Lines (JSONL) or items (JSON arrays) skipped inside files that were otherwise read. */
  entriesSkipped: number;
}

export function loadCounts(load: Pick<LoadResult, 'files' | 'loaded' | 'problems'>): LoadCounts {
  const entriesSkipped = load.problems.filter((p) => p.line !== undefined || p.item !== undefined).length;
  return {
    files: load.files,
    reports: load.loaded,
    filesSkipped: load.problems.length - entriesSkipped,
    entriesSkipped,
  };
}

/** "13 files read, 4 reports loaded; skipped: 3 files, 9 lines or items inside files" */
export function describeLoad(load: Pick<LoadResult, 'files' | 'loaded' | 'problems'>): string {
  const counts = loadCounts(load);
  const read = `${count(counts.files, 'file')} read, ${count(counts.reports, 'report')} loaded`;
  if (!counts.filesSkipped && !counts.entriesSkipped) return `${read}; nothing skipped`;
  const within = counts.entriesSkipped === 1 ? 'line or item inside a file' : 'lines or items inside files';
  return `${read}; skipped: ${count(counts.filesSkipped, 'file')}, ${counts.entriesSkipped} ${within}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
