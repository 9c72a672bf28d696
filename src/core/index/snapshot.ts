import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { FileFingerprint } from '../load/loadReports.js';
import type { Report } from '../types.js';
import { CommonTermLists } from './commonTerms.js';
import { exportHead, exportPostings, importIndex, type MiniSearchHead } from './miniSearchStore.js';
import { TimeSlicer } from '../load/slices.js';
import { NameCounts } from './nameCounts.js';
import { defaultIndexOptions, type IndexOptions } from './indexOptions.js';
import type { IndexState, NewsIndex } from './newsIndex.js';
import { Vocabulary } from './packedReport.js';
import { PassageSearch } from './passageSearch.js';
import { packedFits, readSegment, SEGMENT_REPORTS, segmentOf, wordsOf } from './snapshotSegments.js';
import { TermStats } from './termStats.js';

/**
 * Bumped whenever what is saved changes: an older snapshot is rebuilt. A change of the extractors
 * needs no bump: the snapshot records their fingerprint (`SnapshotSource.analysis`).
 */
export const SNAPSHOT_VERSION = 4;

const problemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  item: z.number().optional(),
  reason: z.string(),
});
const fingerprintSchema = z.object({
  file: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  problems: z.array(problemSchema),
});
const manifestSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** Term numbers are stored in the machine's byte order. */
  endianness: z.literal(endianness()),
  settings: z.string(),
  /** Which extractors made the annotations (`analysisFingerprint`). */
  analysis: z.string(),
  /** The reports folder the snapshot was made from. */
  root: z.string(),
  /** When the fingerprinted files were looked at (ms). */
  fingerprintedAt: z.number(),
  files: z.array(fingerprintSchema),
  reportSegments: z.number().int().nonnegative(),
  reports: z.number().int().nonnegative(),
});
type Manifest = z.infer<typeof manifestSchema>;

/** What reading a snapshot gave: none saved yet, one discarded with the reason, or the index state. */
export type SnapshotRead =
  | { status: 'none' }
  | { status: 'discarded'; reason: string }
  | {
      status: 'loaded';
      state: IndexState;
      files: FileFingerprint[];
      fingerprintedAt: number;
      seconds: number;
    };

/** What the analysis depends on: a snapshot made with other settings is not used. */
function settingsKey(options: IndexOptions): string {
  return JSON.stringify({ passages: options.passages, commonListSize: options.commonListSize });
}

/** Files written into the snapshot folder, with the bytes they took. */
class SnapshotFiles {
  bytes = 0;

  constructor(readonly folder: string) {}

  async put(name: string, content: string | Uint32Array): Promise<void> {
    await writeFile(join(this.folder, name), content);
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  }
}

/** What a snapshot is made from: the reports folder, its files as read, and the extractors' fingerprint. */
export interface SnapshotSource {
  root: string;
  files: FileFingerprint[];
  /** When the files were looked at (ms). */
  fingerprintedAt: number;
  /** Which extractors made the annotations (the facade's `analysisFingerprint`). */
  analysis: string;
}

/**
 * Saves the index, its reports and their annotations under `dir`: written to a fresh
 * folder first, then swapped in, so a crash mid-write leaves the previous snapshot whole.
 * Every file read is fingerprinted with the problems found in it, reported again on reuse.
 */
export async function writeSnapshot(
  dir: string,
  index: NewsIndex,
  source: SnapshotSource,
): Promise<{ bytes: number; seconds: number }> {
  const started = performance.now();
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary = `${dir}.tmp-${stamp}`;
  await removeLeftovers(dir);
  await mkdir(temporary, { recursive: true });
  const files = new SnapshotFiles(temporary);
  let reportSegments = 0;
  for (let first = 0; first < index.store.numberedReports().length; first += SEGMENT_REPORTS) {
    const segment = segmentOf(index, first);
    await files.put(`reports-${reportSegments}.json`, JSON.stringify(segment.rows));
    await files.put(`texts-${reportSegments}.txt`, segment.texts);
    await files.put(`annotations-${reportSegments}.tsv`, segment.annotations);
    await files.put(`packed-${reportSegments}.bin`, segment.terms);
    reportSegments++;
  }
  await writeSearch(files, index);
  const manifest: Manifest = {
    version: SNAPSHOT_VERSION,
    endianness: endianness(),
    settings: settingsKey(index.options),
    analysis: source.analysis,
    root: resolve(source.root),
    fingerprintedAt: source.fingerprintedAt,
    files: source.files,
    reportSegments,
    reports: index.store.reportCount,
  };
  await files.put('manifest.json', JSON.stringify(manifest));

  const old = `${dir}.old-${stamp}`;
  const hadOld = await stat(dir).then(
    () => true,
    () => false,
  );
  if (hadOld) await rename(dir, old);
  await rename(temporary, dir);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return { bytes: files.bytes, seconds: (performance.now() - started) / 1000 };
}

/** The MiniSearch index, the counts, the top lists, the known names and the vocabulary. */
async function writeSearch(files: SnapshotFiles, index: NewsIndex): Promise<void> {
  const { store, searcher, annotationCache } = index;
  await files.put('head.json', JSON.stringify(exportHead(searcher.mini)));
  // the postings go out in binary chunks, by term number: no string the size of the index is built
  const postingsFile = await open(join(files.folder, 'postings.bin'), 'w');
  try {
    for (const chunk of exportPostings(searcher.mini, (term) => termNumber(index, term))) {
      await postingsFile.write(chunk);
      files.bytes += chunk.byteLength;
    }
  } finally {
    await postingsFile.close();
  }
  const { stats, vocabulary } = store;
  const extra = { stats, common: searcher.common, names: annotationCache.names, vocabulary: vocabulary.terms };
  await files.put('stats.json', JSON.stringify(extra));
}

/**
 * Reads the snapshot under `dir`. Anything missing, unreadable, from another version, made with
 * other settings or annotated by other extractors than `analysis` is reported as discarded (never half trusted).
 */
export async function readSnapshot(
  dir: string,
  root: string,
  analysis: string,
  options: Partial<IndexOptions> = {},
): Promise<SnapshotRead> {
  const started = performance.now();
  let manifestText: string;
  try {
    manifestText = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return { status: 'none' };
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(manifestText));
    if (!parsed.success)
      return discarded('the snapshot is from another version of Newsdesk or its manifest is damaged');
    const manifest = parsed.data;
    const settings = { ...defaultIndexOptions, ...options };
    if (manifest.settings !== settingsKey(settings))
      return discarded('the snapshot was made with other index settings');
    if (manifest.analysis !== analysis)
      return discarded('the snapshot was annotated by another version of the extractors');
    if (manifest.root !== resolve(root)) {
      return discarded(`the snapshot was made from another reports folder (${manifest.root})`);
    }
    const state = await readState(dir, manifest, settings);
    const { files, fingerprintedAt } = manifest;
    return { status: 'loaded', state, files, fingerprintedAt, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return discarded(`the snapshot is damaged (${(error as Error).message})`);
  }
}

function discarded(reason: string): SnapshotRead {
  return { status: 'discarded', reason };
}

/** The reports, annotations and search of a snapshot whose manifest was accepted; throws on damage. */
async function readState(dir: string, manifest: Manifest, settings: IndexOptions): Promise<IndexState> {
  const reports: Array<Report | undefined> = [];
  const packed: Array<Uint32Array | undefined> = [];
  const annotations: Array<[string, string]> = [];
  for (let segment = 0; segment < manifest.reportSegments; segment++) {
    await readSegment(dir, segment, reports, packed);
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
  const postings = wordsOf(await readFile(join(dir, 'postings.bin')));
  const slicer = new TimeSlicer();
  const mini = await importIndex(head, postings, vocabulary.terms, PassageSearch.miniSearchOptions, () =>
    slicer.pause(),
  );
  if (mini.documentCount !== present) {
    throw new Error(`the index holds ${mini.documentCount} reports, the snapshot ${present}`);
  }
  return {
    mini,
    stats: TermStats.fromJSON(extra.stats),
    common: CommonTermLists.fromJSON(settings.commonListSize, extra.common),
    names: NameCounts.fromJSON(extra.names),
    reports,
    packed,
    vocabulary,
    annotations,
  };
}

/** Folders a save interrupted by a crash left beside the snapshot. */
async function removeLeftovers(dir: string): Promise<void> {
  const parent = dirname(dir);
  const prefix = `${basename(dir)}.`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) {
    const leftover = entry.startsWith(`${prefix}tmp-`) || entry.startsWith(`${prefix}old-`);
    if (leftover) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function termNumber(index: NewsIndex, term: string): number {
  const id = index.store.vocabulary.find(term);
  if (id === undefined) throw new Error(`writeSnapshot: the index holds a term the vocabulary lacks ("${term}")`);
  return id;
}
