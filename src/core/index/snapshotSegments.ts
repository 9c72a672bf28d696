// The reports part of an index snapshot: segments of report rows, texts, annotation lines and packed terms.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../types.js';
import type { NewsIndex } from './newsIndex.js';
import { layoutOf } from './packedReport.js';

/** Reports per text and annotation file, so no file nears the longest string JavaScript allows. */
export const SEGMENT_REPORTS = 20_000;

/**
 * One report's row in a segment: number, id, date, title, file, line, text start and end in
 * the segment's text, start and length of its packed terms in the segment's term file
 * (in 32-bit words), source, url.
 */
type ReportRow = [
  number,
  string,
  string | null,
  string,
  string,
  number | null,
  number,
  number,
  number,
  number,
  string | null,
  string | null,
];

/** One segment of reports as saved: their rows, texts, annotation lines and packed terms. */
export interface Segment {
  rows: ReportRow[];
  texts: string;
  annotations: string;
  terms: Uint32Array;
}

/** The reports numbered `first` to `first + SEGMENT_REPORTS`, ready to save. */
export function segmentOf(index: NewsIndex, first: number): Segment {
  const { store, annotationCache } = index;
  const rows: ReportRow[] = [];
  const texts: string[] = [];
  const annotations: string[] = [];
  const packs: Uint32Array[] = [];
  let offset = 0;
  let words = 0;
  store
    .numberedReports()
    .slice(first, first + SEGMENT_REPORTS)
    .forEach((report, i) => {
      const packed = store.packedAt(first + i);
      if (!report || !packed) return;
      const end = offset + report.text.length;
      const { id, date, title, origin } = report;
      const [line, source, url] = [origin.line ?? null, report.source ?? null, report.url ?? null];
      rows.push([first + i, id, date, title, origin.file, line, offset, end, words, packed.length, source, url]);
      texts.push(report.text);
      packs.push(packed);
      offset = end;
      words += packed.length;
      const json = annotationCache.json(id);
      if (json !== undefined) annotations.push(`${JSON.stringify(id)}\t${json}\n`);
    });
  const terms = new Uint32Array(words);
  let at = 0;
  for (const packed of packs) {
    terms.set(packed, at);
    at += packed.length;
  }
  return { rows, texts: texts.join(''), annotations: annotations.join(''), terms };
}

/** Puts the reports of one segment, and their packed terms, at their numbers. */
export async function readSegment(
  dir: string,
  segment: number,
  reports: Array<Report | undefined>,
  packed: Array<Uint32Array | undefined>,
): Promise<void> {
  const rows = JSON.parse(await readFile(join(dir, `reports-${segment}.json`), 'utf8')) as ReportRow[];
  const texts = await readFile(join(dir, `texts-${segment}.txt`), 'utf8');
  const terms = wordsOf(await readFile(join(dir, `packed-${segment}.bin`)));
  if (!Array.isArray(rows)) throw new Error(`reports-${segment}.json is not a list`);
  for (const [number, id, date, title, file, line, start, end, wordStart, wordCount, source, url] of rows) {
    const fits = end <= texts.length && wordStart + wordCount <= terms.length;
    if (typeof id !== 'string' || typeof number !== 'number' || !fits) {
      throw new Error(`reports-${segment}.json has a damaged row`);
    }
    const origin = line === null ? { file } : { file, line };
    const report: Report = { id, date, title, text: texts.slice(start, end), origin };
    if (source !== null) report.source = source;
    if (url !== null) report.url = url;
    reports[number] = report;
    packed[number] = terms.subarray(wordStart, wordStart + wordCount);
  }
}

/** The file's bytes as 32-bit words (copied only when the buffer is not aligned for them). */
export function wordsOf(bytes: Buffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('a term file is cut short');
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/**
 * Every term number of every packed report names a term of the vocabulary (the rest of the
 * layout is checked as it is read).
 */
export function packedFits(packed: Array<Uint32Array | undefined>, vocabularySize: number): boolean {
  for (const words of packed) {
    if (!words) continue;
    const layout = layoutOf(words);
    if (layout.tokens > words.length) return false;
    for (let i = layout.title; i < layout.title + layout.titleLength; i++) {
      if (words[i]! >= vocabularySize) return false;
    }
    for (let i = layout.tokens; i < words.length; i++) if (words[i]! >= vocabularySize) return false;
  }
  return true;
}
