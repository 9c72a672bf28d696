import { articleInterval, gapInterval, type ArticleTally, type Interval } from './interval.js';
import type { Part } from './split.js';

/** One figure of `npm run eval`: every eval module returns these and the table prints them. */
export interface EvalRow {
  /** The data set and what of it is scored ("SQuAD who"). */
  set: string;
  /** The dev-set part the figure is read on; `all` for a set not yet split (to be removed once each is). */
  part: Part | 'all';
  /** What is measured ("top-1 answer"). */
  measure: string;
  /** The strict score in percent (exact match, exact spans or values); null when the measure has none. */
  strict: number | null;
  /** The lenient score in percent (token F1, overlapping spans); null when the measure has none. */
  lenient: number | null;
  /** How many items the figure is over. */
  count: number;
  /** A published figure for the same job, printed beside ours. */
  anchor?: string;
  /** The strict figure article by article, for its bootstrap interval and the tune − check gap. */
  strictByArticle?: ArticleTally[];
  /** The same for the lenient figure. */
  lenientByArticle?: ArticleTally[];
}

/** A share in percent, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

const cell = (value: number | null): string => (value === null ? '–' : value.toFixed(1));
const range = (interval: Interval | null): string =>
  interval ? `${interval[0].toFixed(1)} to ${interval[1].toFixed(1)}` : '';

/** The rows as a Markdown table, strict before lenient, tune and check side by side per measure. */
export function formatRows(rows: EvalRow[]): string {
  const header = ['set', 'measure', 'part', 'n', 'strict', 'lenient', 'strict, 95 % by article', 'published'];
  const body = rows.map((r) => [
    r.set,
    r.measure,
    r.part,
    String(r.count),
    cell(r.strict),
    cell(r.lenient),
    range(r.strictByArticle ? articleInterval(r.strictByArticle) : null),
    r.anchor ?? '',
  ]);
  return table(header, body);
}

/**
 * Tune − check gaps of each figure scored article by article, strict and lenient, each with the
 * interval other articles like these would give: a gap whose interval holds 0 is within chance.
 */
export function formatGaps(rows: EvalRow[]): string {
  const header = ['set', 'measure', 'gap strict', '95 %', 'gap lenient', '95 %'];
  const body: string[][] = [];
  for (const tune of rows) {
    if (tune.part !== 'tune' || !tune.strictByArticle) continue;
    const check = rows.find((r) => r.part === 'check' && r.set === tune.set && r.measure === tune.measure);
    if (!check?.strictByArticle) continue;
    const gap = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
    const lenient =
      tune.lenientByArticle && check.lenientByArticle
        ? gapInterval(tune.lenientByArticle, check.lenientByArticle)
        : null;
    body.push([
      tune.set,
      tune.measure,
      cell(gap(tune.strict, check.strict)),
      range(gapInterval(tune.strictByArticle, check.strictByArticle)),
      cell(gap(tune.lenient, check.lenient)),
      range(lenient),
    ]);
  }
  return table(header, body);
}

/** Cells as a Markdown table, each column as wide as its widest cell. */
function table(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const width = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
