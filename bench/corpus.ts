import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Newsdesk } from '../src/core/newsdesk.js';
import type { AnswerKind } from '../src/core/types.js';

/** Reuters-21578 beside the project (`../shared/data`). */
export const CORPUS = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'corpus', 'reuters21578.jsonl');

export interface CorpusRow {
  id: string;
  date: string | null;
  title: string | null;
  text: string;
}

/**
 * The corpus `scale` times over: every copy after the first gets new ids and dates moved
 * by a whole number of years, so the large variant is as varied as the news allows.
 */
export function readCorpus(scale: number, limit = Infinity): CorpusRow[] {
  const base = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusRow)
    .filter((row) => row.text?.trim())
    .slice(0, limit);
  const out: CorpusRow[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const row of base) {
      out.push(copy === 0 ? row : { ...row, id: `${row.id}-x${copy}`, date: shiftYears(row.date, copy * 3) });
    }
  }
  return out;
}

function shiftYears(date: string | null, years: number): string | null {
  if (!date) return date;
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Realistic questions: one to four content words and names drawn from random reports. */
export function makeQueries(rows: CorpusRow[], count: number, seed: number): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const words = rows[Math.floor(random() * rows.length)]!.text.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? ['oil'];
    const n = 1 + Math.floor(random() * 4);
    return Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  });
}

/** "p50 1.2 / p95 3.4 / p99 5.6 ms" */
export function percentiles(ms: number[]): { p50: number; p95: number; p99: number; text: string } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const [p50, p95, p99] = [at(50), at(95), at(99)];
  return { p50, p95, p99, text: `p50 ${p50.toFixed(1)} / p95 ${p95.toFixed(1)} / p99 ${p99.toFixed(1)} ms` };
}

export function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
export const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

/** The value of `--name=value` on the command line. */
export function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Each command asked every question once: its latency spread. */
export function askEach(desk: Newsdesk, queries: string[]): Record<AnswerKind, ReturnType<typeof percentiles>> {
  const commands: AnswerKind[] = ['who', 'when', 'quote', 'search'];
  return Object.fromEntries(
    commands.map((command) => [command, percentiles(queries.map((q) => timed(() => desk.ask(command, q))[1]))]),
  ) as Record<AnswerKind, ReturnType<typeof percentiles>>;
}
