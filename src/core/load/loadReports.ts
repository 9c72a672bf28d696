import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import type { Report } from '../types.js';
import { firstSentence } from '../text/title.js';
import { formatOf, parseByFormat, parseJsonLineRange, type ParsedEntry } from './formats.js';
import { TimeSlicer } from './slices.js';

export interface LoadOptions {
  /** Largest file read, in bytes; a larger file is skipped with a message. */
  maxFileBytes: number;
  /** Longest report text, in characters; a longer report is skipped with a message. */
  maxReportChars: number;
}

export const defaultLoadOptions: LoadOptions = {
  maxFileBytes: 64 * 1024 * 1024,
  maxReportChars: 2_000_000,
};

/** A file or line that was not loaded, and why. */
export interface LoadProblem {
  /** Path relative to the reports folder (or the file name when a single file was given). */
  file: string;
  /** 1-based line (JSONL) or item (JSON array) when the problem is inside the file. */
  line?: number;
  item?: number;
  reason: string;
}

/** A report file as read: when it is unchanged on the next start, its reports can come from the snapshot. */
export interface FileFingerprint {
  /** Path relative to the reports folder. */
  file: string;
  size: number;
  mtimeMs: number;
  /** What was wrong inside the file when it was read (reported again when it is reused). */
  problems: LoadProblem[];
}

/** Given a file's fingerprint (size and time), its reports and problems as loaded before, or null to read it. */
export type ReuseFile = (fingerprint: Omit<FileFingerprint, 'problems'>) => Array<Report | LoadProblem> | null;

export interface LoadResult {
  reports: Report[];
  /** Every file read, as it was when read. */
  fingerprints: FileFingerprint[];
  /** Files whose reports came from `reuse` instead of being read. */
  reused: number;
  /** Wall-clock time the files were first looked at (ms): a file modified after it may have changed unseen. */
  startedAt: number;
  problems: LoadProblem[];
  /** Report files read (folders walked recursively; unknown extensions are ignored). */
  files: number;
  loaded: number;
  skipped: number;
}

/** "seeds/x.jsonl:3: text is empty" */
export function formatProblem(problem: LoadProblem): string {
  const where = problem.line ? `:${problem.line}` : problem.item ? ` item ${problem.item}` : '';
  return `${problem.file}${where}: ${problem.reason}`;
}

/**
 * Loads every report under `path` (a folder, walked recursively, or a single file).
 * Never throws for bad content: each bad file or line becomes a problem and the rest loads.
 * With `eachFile`, each file's reports are handed to it as soon as the file is read and are
 * not kept (`reports` comes back empty): a folder larger than memory can be written elsewhere.
 */
export async function loadReports(
  path: string,
  options: Partial<LoadOptions> = {},
  reuse?: ReuseFile,
  eachFile?: (reports: Report[]) => Promise<void>,
): Promise<LoadResult> {
  const settings = { ...defaultLoadOptions, ...options };
  const startedAt = Date.now();
  const root = resolve(path);
  const problems: LoadProblem[] = [];
  let rootStat;
  try {
    rootStat = await stat(root);
  } catch {
    throw new Error(`loadReports: reports path not found: ${path}`);
  }
  const single = rootStat.isFile();
  const base = single ? resolve(root, '..') : root;
  const files = single ? [root] : await listReportFiles(root, problems);
  const reports: Report[] = [];
  const fingerprints: FileFingerprint[] = [];
  let reused = 0;
  let loaded = 0;
  const seen = new Map<string, string>();
  const slicer = new TimeSlicer();
  for (const file of files) {
    await slicer.pause();
    const name = single ? basename(file) : relative(base, file).split(sep).join('/');
    const info = await stat(file).catch(() => null);
    const fingerprint = info
      ? { file: name, size: info.size, mtimeMs: info.mtimeMs, problems: [] as LoadProblem[] }
      : null;
    const known = fingerprint && reuse ? reuse(fingerprint) : null;
    if (known) reused++;
    const fromFile: Report[] = [];
    for (const outcome of known ?? (await readReportFile(file, name, settings, slicer))) {
      if ('reason' in outcome) {
        problems.push(outcome);
        fingerprint?.problems.push(outcome);
        continue;
      }
      const first = seen.get(outcome.id);
      if (first !== undefined) {
        problems.push({ ...where(outcome), reason: `duplicate id "${outcome.id}" (first loaded from ${first})` });
        continue;
      }
      seen.set(outcome.id, outcome.origin.file + (outcome.origin.line ? `:${outcome.origin.line}` : ''));
      fromFile.push(outcome);
    }
    loaded += fromFile.length;
    if (eachFile) await eachFile(fromFile);
    else for (const report of fromFile) reports.push(report);
    if (fingerprint) fingerprints.push(fingerprint);
  }
  return {
    reports,
    problems,
    fingerprints,
    reused,
    startedAt,
    files: files.length,
    loaded,
    skipped: problems.length,
  };
}

function where(report: Report): { file: string; line?: number } {
  return report.origin.line ? { file: report.origin.file, line: report.origin.line } : { file: report.origin.file };
}

/** Report files under `root`, sorted; hidden entries skipped; symlinks followed only inside `root`. */
export async function listReportFiles(root: string, problems: LoadProblem[] = []): Promise<string[]> {
  const realRoot = await realpath(root);
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: relative(root, dir) || '.', reason: `cannot read folder: ${(error as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = resolve(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await realpath(full).catch(() => null);
        if (!target || !(target === realRoot || target.startsWith(realRoot + sep))) {
          problems.push({
            file: relative(root, full),
            reason: 'symbolic link points outside the reports folder or nowhere',
          });
          continue;
        }
        const info = await stat(target).catch(() => null);
        isDir = info?.isDirectory() ?? false;
        isFile = info?.isFile() ?? false;
      }
      if (isDir) {
        const real = await realpath(full).catch(() => full);
        if (visited.has(real)) continue;
        visited.add(real);
        await walk(full);
      } else if (isFile && formatOf(entry.name)) {
        out.push(full);
      }
    }
  };
  visited.add(realRoot);
  await walk(root);
  return out;
}

/** Reads one report file: its reports, or the problems that kept them out. */
export async function readReportFile(
  file: string,
  name: string,
  options: LoadOptions = defaultLoadOptions,
  slicer = new TimeSlicer(),
): Promise<Array<Report | LoadProblem>> {
  const format = formatOf(file);
  if (!format) return [{ file: name, reason: 'unknown file type (expected .txt, .md, .json or .jsonl)' }];
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > options.maxFileBytes) {
      return [{ file: name, reason: `file is ${info.size} bytes, over the ${options.maxFileBytes}-byte cap` }];
    }
    bytes = await readFile(file);
  } catch (error) {
    return [
      { file: name, reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
    ];
  }
  if (bytes.length > options.maxFileBytes)
    return [{ file: name, reason: `file is over the ${options.maxFileBytes}-byte cap` }];
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return [{ file: name, reason: 'not valid UTF-8' }];
  }
  if (content.includes('\u0000')) return [{ file: name, reason: 'binary content (NUL bytes)' }];
  const idBase = name.replace(/\.[^./]+$/, '');
  if (format === 'jsonl') return readJsonLines(content, name, idBase, options, slicer);
  const entries = parseByFormat(format, content);
  const many = entries.length > 1;
  return entries.map((entry) => toReport(entry, name, idBase, many, options));
}

/** Lines parsed between two looks at the clock. */
const LINES_PER_LOOK = 64;

/** A JSONL file's reports, parsed a few lines at a time, yielding whenever a slice is used up. */
async function readJsonLines(content: string, name: string, idBase: string, options: LoadOptions, slicer: TimeSlicer) {
  const lines = content.split('\n');
  const out: Array<Report | LoadProblem> = [];
  for (let from = 0; from < lines.length; from += LINES_PER_LOOK) {
    for (const entry of parseJsonLineRange(lines, from, from + LINES_PER_LOOK)) {
      out.push(toReport(entry, name, idBase, true, options));
    }
    await slicer.pause();
  }
  if (out.length === 0) out.push({ file: name, reason: 'file has no JSON lines' });
  return out;
}

function toReport(
  entry: ParsedEntry,
  file: string,
  idBase: string,
  many: boolean,
  options: LoadOptions,
): Report | LoadProblem {
  const position = entry.line ? { line: entry.line } : entry.item ? { item: entry.item } : {};
  if (entry.problem || !entry.input) return { file, ...position, reason: entry.problem ?? 'no report' };
  const input = entry.input;
  if (input.text.length > options.maxReportChars) {
    return {
      file,
      ...position,
      reason: `text is ${input.text.length} characters, over the ${options.maxReportChars} cap`,
    };
  }
  const suffix = entry.line ? `:${entry.line}` : entry.item ? `:${entry.item}` : '';
  const report: Report = {
    id: input.id ?? (many ? idBase + suffix : idBase),
    date: input.date ?? null,
    title: input.title || firstSentence(input.text),
    text: input.text,
    origin: entry.line ? { file, line: entry.line } : { file },
  };
  if (input.source) report.source = input.source;
  if (input.url) report.url = input.url;
  return report;
}

/**
 * The reports of a few files inside the reports folder `root` (paths relative to it, as the
 * loader names them), read as a full load would read them; problems are left out.
 */
export async function readStoredReports(
  root: string,
  files: string[],
  options: Partial<LoadOptions> = {},
): Promise<Report[]> {
  const settings = { ...defaultLoadOptions, ...options };
  const reports: Report[] = [];
  for (const name of new Set(files)) {
    for (const outcome of await readReportFile(resolve(root, name), name, settings)) {
      if (!('reason' in outcome)) reports.push(outcome);
    }
  }
  return reports;
}
