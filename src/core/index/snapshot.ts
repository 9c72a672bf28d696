import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { FileFingerprint } from '../load/loadReports.js';
import type { Report } from '../types.js';
import { CommonTermLists } from './commonTerms.js';
import { exportHead, exportPostings, importIndex, type MiniSearchHead } from './miniSearchStore.js';
import { NameCounts } from './nameCounts.js';
import { layoutOf, Vocabulary } from './packedReport.js';
import { NewsIndex, defaultIndexOptions, type IndexOptions, type IndexState } from './newsIndex.js';
import { TermStats } from './termStats.js';

/** Bumped whenever what is saved, or how reports are analysed, changes: an older snapshot is rebuilt. */
export const SNAPSHOT_VERSION = 3;
/** Reports per text and annotation file, so no file nears the longest string JavaScript allows. */
const SEGMENT_REPORTS = 20_000;

const problemSchema = z.object({ file: z.string(), line: z.number().optional(), item: z.number().optional(), reason: z.string() });
const fingerprintSchema = z.object({ file: z.string(), size: z.number(), mtimeMs: z.number(), problems: z.array(problemSchema) });
const manifestSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** Term numbers are stored in the machine's byte order. */
  endianness: z.literal(endianness()),
  settings: z.string(),
  /** The reports folder the snapshot was made from. */
  root: z.string(),
  /** When the fingerprinted files were looked at (ms). */
  fingerprintedAt: z.number(),
  files: z.array(fingerprintSchema),
  reportSegments: z.number().int().nonnegative(),
  reports: z.number().int().nonnegative(),
});
type Manifest = z.infer<typeof manifestSchema>;

/**
 * One report's row in a segment: number, id, date, title, file, line, text start and end in
 * the segment's text, start and length of its packed terms in the segment's term file
 * (in 32-bit words), source, url.
 */
type ReportRow = [number, string, string | null, string, string, number | null, number, number, number, number, string | null, string | null];

export type SnapshotRead =
  | { status: 'none' }
  | { status: 'discarded'; reason: string }
  | { status: 'loaded'; state: IndexState; files: FileFingerprint[]; fingerprintedAt: number; seconds: number };

/** What the analysis depends on: a snapshot made with other settings is not used. */
function settingsKey(options: IndexOptions): string {
  return JSON.stringify({ passages: options.passages, commonListSize: options.commonListSize });
}

/**
 * Saves the index, its reports and their annotations under `dir`: written to a fresh
 * folder first, then swapped in, so a crash mid-write leaves the previous snapshot whole.
 * Every file read is fingerprinted with the problems found in it, reported again on reuse.
 */
export async function writeSnapshot(
  dir: string,
  index: NewsIndex,
  source: { root: string; files: FileFingerprint[]; fingerprintedAt: number },
): Promise<{ bytes: number; seconds: number }> {
  const started = performance.now();
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary = `${dir}.tmp-${stamp}`;
  await removeLeftovers(dir);
  await mkdir(temporary, { recursive: true });
  let bytes = 0;
  const put = async (name: string, content: string) => {
    await writeFile(join(temporary, name), content);
    bytes += Buffer.byteLength(content);
  };

  const numbered = index.numberedReports();
  let reportSegments = 0;
  for (let first = 0; first < numbered.length; first += SEGMENT_REPORTS) {
    const rows: ReportRow[] = [];
    const texts: string[] = [];
    const annotations: string[] = [];
    const packs: Uint32Array[] = [];
    let offset = 0;
    let words = 0;
    numbered.slice(first, first + SEGMENT_REPORTS).forEach((report, i) => {
      const packed = index.packedReport(first + i);
      if (!report || !packed) return;
      const end = offset + report.text.length;
      rows.push([first + i, report.id, report.date, report.title, report.origin.file, report.origin.line ?? null, offset, end, words, packed.length, report.source ?? null, report.url ?? null]);
      texts.push(report.text);
      packs.push(packed);
      offset = end;
      words += packed.length;
      const json = index.annotationJson(report.id);
      if (json !== undefined) annotations.push(`${JSON.stringify(report.id)}\t${json}\n`);
    });
    await put(`reports-${reportSegments}.json`, JSON.stringify(rows));
    await put(`texts-${reportSegments}.txt`, texts.join(''));
    await put(`annotations-${reportSegments}.tsv`, annotations.join(''));
    const terms = new Uint32Array(words);
    let at = 0;
    for (const packed of packs) {
      terms.set(packed, at);
      at += packed.length;
    }
    await writeFile(join(temporary, `packed-${reportSegments}.bin`), terms);
    bytes += terms.byteLength;
    reportSegments++;
  }

  await put('head.json', JSON.stringify(exportHead(index.mini)));
  // the postings go out in binary chunks, by term number: no string the size of the index is built
  const postingsFile = await open(join(temporary, 'postings.bin'), 'w');
  try {
    for (const chunk of exportPostings(index.mini, (term) => termNumber(index, term))) {
      await postingsFile.write(chunk);
      bytes += chunk.byteLength;
    }
  } finally {
    await postingsFile.close();
  }
  await put('stats.json', JSON.stringify({ stats: index.stats, common: index.common, names: index.names, vocabulary: index.vocabulary.terms }));

  const manifest: Manifest = { version: SNAPSHOT_VERSION, endianness: endianness(), settings: settingsKey(index.options), root: resolve(source.root), fingerprintedAt: source.fingerprintedAt, files: source.files, reportSegments, reports: index.reportCount };
  await put('manifest.json', JSON.stringify(manifest));

  const old = `${dir}.old-${stamp}`;
  const hadOld = await stat(dir).then(() => true, () => false);
  if (hadOld) await rename(dir, old);
  await rename(temporary, dir);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return { bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * Reads the snapshot under `dir`. Anything missing, unreadable, from another version or
 * made with other settings is reported as discarded (never half trusted).
 */
export async function readSnapshot(dir: string, root: string, options: Partial<IndexOptions> = {}): Promise<SnapshotRead> {
  const started = performance.now();
  let manifestText: string;
  try {
    manifestText = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return { status: 'none' };
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(manifestText));
    if (!parsed.success) return { status: 'discarded', reason: 'the snapshot is from another version of Newsdesk or its manifest is damaged' };
    const manifest = parsed.data;
    const settings = { ...defaultIndexOptions, ...options };
    if (manifest.settings !== settingsKey(settings)) return { status: 'discarded', reason: 'the snapshot was made with other index settings' };
    if (manifest.root !== resolve(root)) return { status: 'discarded', reason: `the snapshot was made from another reports folder (${manifest.root})` };

    const reports: Array<Report | undefined> = [];
    const packed: Array<Uint32Array | undefined> = [];
    const annotations: Array<[string, string]> = [];
    for (let segment = 0; segment < manifest.reportSegments; segment++) {
      const rows = JSON.parse(await readFile(join(dir, `reports-${segment}.json`), 'utf8')) as ReportRow[];
      const texts = await readFile(join(dir, `texts-${segment}.txt`), 'utf8');
      const terms = wordsOf(await readFile(join(dir, `packed-${segment}.bin`)));
      if (!Array.isArray(rows)) throw new Error(`reports-${segment}.json is not a list`);
      for (const [number, id, date, title, file, line, start, end, wordStart, wordCount, source, url] of rows) {
        if (typeof id !== 'string' || typeof number !== 'number' || end > texts.length || wordStart + wordCount > terms.length) {
          throw new Error(`reports-${segment}.json has a damaged row`);
        }
        const report: Report = { id, date, title, text: texts.slice(start, end), origin: line === null ? { file } : { file, line } };
        if (source !== null) report.source = source;
        if (url !== null) report.url = url;
        reports[number] = report;
        packed[number] = terms.subarray(wordStart, wordStart + wordCount);
      }
      const lines = (await readFile(join(dir, `annotations-${segment}.tsv`), 'utf8')).split('\n');
      for (const line of lines) {
        const tab = line.indexOf('\t');
        if (tab > 0) annotations.push([JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1)]);
      }
    }
    const present = reports.filter(Boolean).length;
    if (present !== manifest.reports) throw new Error(`expected ${manifest.reports} reports, found ${present}`);

    const head = JSON.parse(await readFile(join(dir, 'head.json'), 'utf8')) as MiniSearchHead;
    const extra = JSON.parse(await readFile(join(dir, 'stats.json'), 'utf8'));
    const vocabulary = new Vocabulary(extra.vocabulary);
    if (!packedFits(packed, vocabulary.size)) throw new Error('term numbers beyond the vocabulary');
    const mini = importIndex(head, wordsOf(await readFile(join(dir, 'postings.bin'))), vocabulary.terms, NewsIndex.miniSearchOptions);
    if (mini.documentCount !== present) throw new Error(`the index holds ${mini.documentCount} reports, the snapshot ${present}`);
    const state: IndexState = {
      mini,
      stats: TermStats.fromJSON(extra.stats),
      common: CommonTermLists.fromJSON(settings.commonListSize, extra.common),
      names: NameCounts.fromJSON(extra.names),
      reports,
      packed,
      vocabulary,
      annotations,
    };
    return { status: 'loaded', state, files: manifest.files, fingerprintedAt: manifest.fingerprintedAt, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { status: 'discarded', reason: `the snapshot is damaged (${(error as Error).message})` };
  }
}

/** The file's bytes as 32-bit words (copied only when the buffer is not aligned for them). */
function wordsOf(bytes: Buffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('a term file is cut short');
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/** Every term number of every packed report names a term of the vocabulary (the rest of the layout is checked as it is read). */
function packedFits(packed: Array<Uint32Array | undefined>, vocabularySize: number): boolean {
  for (const words of packed) {
    if (!words) continue;
    const layout = layoutOf(words);
    if (layout.tokens > words.length) return false;
    for (let i = layout.title; i < layout.title + layout.titleLength; i++) if (words[i]! >= vocabularySize) return false;
    for (let i = layout.tokens; i < words.length; i++) if (words[i]! >= vocabularySize) return false;
  }
  return true;
}

/** Folders a save interrupted by a crash left beside the snapshot. */
async function removeLeftovers(dir: string): Promise<void> {
  const parent = dirname(dir);
  const prefix = `${basename(dir)}.`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) {
    if (entry.startsWith(`${prefix}tmp-`) || entry.startsWith(`${prefix}old-`)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function termNumber(index: NewsIndex, term: string): number {
  const id = index.vocabulary.find(term);
  if (id === undefined) throw new Error(`writeSnapshot: the index holds a term the vocabulary lacks ("${term}")`);
  return id;
}
