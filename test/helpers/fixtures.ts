import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadReports } from '../../src/core/load/loadReports.js';
import { Newsdesk } from '../../src/core/newsdesk.js';
import type { Citation, Report } from '../../src/core/types.js';

/** The words of a citation's passage its answer highlights; undefined when it highlights none. */
export function highlighted(citation: Citation): string | undefined {
  const { answerStart, answerEnd } = citation;
  if (answerStart === undefined || answerEnd === undefined) return undefined;
  return citation.passage.slice(answerStart - citation.start, answerEnd - citation.start);
}

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The bundled reports. */
export const SEEDS = join(ROOT, 'seeds');
/** The founding report (Report.az, 2018-12-05). */
export const FOUNDING_REPORT = join(SEEDS, '000_b2fcb3b7b63d40ff.txt');
export const FOUNDING_ID = '000_b2fcb3b7b63d40ff';
/** ../shared/data beside the project; absent when the project is cloned alone. */
export const SHARED_DATA = resolve(ROOT, '..', 'shared', 'data');

/** The first `count` lines of Reuters-21578 in ../shared as reports (those with text), titled by id when untitled. */
export function reutersReports(count: number): Report[] {
  return readFileSync(join(SHARED_DATA, 'corpus/reuters21578.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => JSON.parse(line) as Report & { title: string | null })
    .filter((row) => row.text.trim())
    .map((row) => ({ ...row, title: row.title ?? row.id, origin: { file: 'reuters.jsonl' } }));
}

/** The founding report as loaded. */
export async function foundingReport(): Promise<Report> {
  const { reports } = await loadReports(FOUNDING_REPORT);
  return reports[0]!;
}

/** A desk over the founding report alone, annotated (as the bot is once its warm-up is done). */
export async function foundingDesk(): Promise<Newsdesk> {
  return warmDesk(FOUNDING_REPORT);
}

/** A desk over the bundled seeds, annotated. */
export async function seedsDesk(): Promise<Newsdesk> {
  return warmDesk(SEEDS);
}

/** A desk over `path` with every report annotated. */
export async function warmDesk(path: string): Promise<Newsdesk> {
  const desk = await Newsdesk.open(path);
  await desk.warmUp();
  return desk;
}

/** The founding report's text, as the loader gives it (the body after the date line). */
export function foundingText(): string {
  return readFileSync(FOUNDING_REPORT, 'utf8')
    .replace(/^\s*date \S+\s*/, '')
    .replace(/\s+$/, '');
}

/** A fresh temporary folder with the given files (paths relative to it; Buffers written as bytes). */
export function tempReports(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** A report made in memory. */
export function report(id: string, text: string, date: string | null = '2020-01-15', title = id): Report {
  return { id, date, title, text, origin: { file: `${id}.txt` } };
}

/**
 * A copy of a reports folder whose files look settled (modified an hour ago), as on a server
 * that has been running: the snapshot trusts such files' time stamps.
 */
export function settledCopy(path: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'newsdesk-settled-')), 'reports');
  cpSync(path, dir, { recursive: true });
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const file of filesUnder(dir)) utimesSync(join(dir, file), anHourAgo, anHourAgo);
  return dir;
}

/** Files under a folder, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{
      name: string;
      parentPath: string;
      isFile(): boolean;
    }>
  )
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
