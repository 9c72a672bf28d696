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
}

/** A share in percent, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

const cell = (value: number | null): string => (value === null ? '–' : value.toFixed(1));

/** The rows as a Markdown table, strict before lenient, tune and check side by side per measure. */
export function formatRows(rows: EvalRow[]): string {
  const header = ['set', 'measure', 'part', 'n', 'strict', 'lenient', 'published'];
  const body = rows.map((r) => [
    r.set,
    r.measure,
    r.part,
    String(r.count),
    cell(r.strict),
    cell(r.lenient),
    r.anchor ?? '',
  ]);
  const all = [header, ...body];
  const width = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
