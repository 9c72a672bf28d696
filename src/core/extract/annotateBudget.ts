import { passTurn } from '../load/slices.js';
import type { UnitOptions } from '../text/units.js';
import type { Annotations, Report } from '../types.js';
import { UnitAnnotator } from './unitAnnotator.js';

/** How long annotating one report may take. */
export interface AnnotateBudget {
  /** Longest stretch, in ms, that annotating holds the thread before it yields (async only). */
  sliceMs: number;
  /** Time, in ms, after which a report's annotation stops and is marked incomplete. */
  budgetMs: number;
  /** The same in a worker thread, where nothing waits on it: reports cut on the main thread finish there. */
  workerBudgetMs: number;
}

export const defaultAnnotateBudget: AnnotateBudget = { sliceMs: 50, budgetMs: 5000, workerBudgetMs: 120_000 };

type Annotatable = Pick<Report, 'text' | 'date'>;
type Clock = () => number;

/**
 * A report's annotations, found unit by unit until `budgetMs` has passed on the clock; when it
 * passes, the units done so far are returned with `incomplete: true` (the report stays
 * searchable, its answers come from the part annotated).
 */
export function annotateWithin(
  report: Annotatable,
  budgetMs: number,
  units: Partial<UnitOptions> = {},
  clock: Clock = () => performance.now(),
): Annotations {
  const annotator = new UnitAnnotator(report, units);
  const started = clock();
  while (annotator.step()) {
    if (!annotator.done && clock() - started > budgetMs) break;
  }
  return finish(annotator);
}

/**
 * As `annotateWithin`, on a thread that must keep answering: yields to the event loop whenever
 * `sliceMs` has passed since it last did (one unit takes a few ms), and stops at `budgetMs` of
 * its own work or when `signal` aborts (then returns null).
 */
export async function annotateSliced(
  report: Annotatable,
  budget: Partial<AnnotateBudget> = {},
  signal?: AbortSignal,
  clock: Clock = () => performance.now(),
): Promise<Annotations | null> {
  const { sliceMs, budgetMs } = { ...defaultAnnotateBudget, ...budget };
  const annotator = new UnitAnnotator(report);
  let worked = 0;
  let sliceStart = clock();
  while (!annotator.done) {
    annotator.step();
    const now = clock();
    if (now - sliceStart < sliceMs) continue;
    worked += now - sliceStart;
    if (worked > budgetMs) break;
    await passTurn();
    if (signal?.aborted) return null;
    sliceStart = clock();
  }
  return finish(annotator);
}

function finish(annotator: UnitAnnotator): Annotations {
  const result = annotator.result();
  // `incomplete` first, so a stored JSON says so in its first characters
  return annotator.done ? result : { incomplete: true, ...result };
}
