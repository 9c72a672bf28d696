import type { WarmUpResult } from './deskTypes.js';
import { annotateSliced } from './extract/annotateBudget.js';
import { annotateInWorkers, type AnnotatePoolOptions } from './extract/annotatePool.js';
import type { NewsIndex } from './index/newsIndex.js';
import type { Report } from './types.js';

/** Below this much text to annotate, starting worker threads costs more than it saves. */
const MIN_WORKER_CHARS = 512 * 1024;

/** What annotating the pending reports did. */
type Annotated = Pick<WarmUpResult, 'annotated' | 'failed'>;

/**
 * Annotates the reports of the index not annotated yet: in worker threads when there is
 * much to do, else on this thread, yielding between reports. Part of the facade: it is
 * the desk, not the index, that calls extraction.
 */
export async function annotatePending(
  index: NewsIndex,
  signal?: AbortSignal,
  pool: Partial<AnnotatePoolOptions> = {},
): Promise<Annotated> {
  // reports whose annotation passed the time budget here are finished in a worker, with more time
  const unfinished = (id: string) => index.incomplete.has(id);
  const pending = [...index.reports()].filter((report) => !index.isAnnotated(report.id) || unfinished(report.id));
  if (!pending.length) return { annotated: 0, failed: [] };
  const chars = pending.reduce((sum, report) => sum + report.text.length, 0);
  if (chars < MIN_WORKER_CHARS && !pending.some((report) => unfinished(report.id))) {
    return annotateHere(index, pending, signal);
  }
  return annotateElsewhere(index, pending, { ...pool, ...(signal ? { signal } : {}) });
}

/** Annotates reports in worker threads, storing each one's annotations as they come. */
function annotateElsewhere(
  index: NewsIndex,
  reports: Report[],
  pool: Partial<AnnotatePoolOptions>,
): Promise<Annotated> {
  const sent = new Map(reports.map((report) => [report.id, report]));
  const jobs = reports.map((report) => ({ id: report.id, text: report.text, date: report.date }));
  const store = (id: string, json: string) => {
    // a report changed while its annotations were being made keeps waiting for fresh ones
    if (index.report(id) === sent.get(id)) index.setAnnotations(id, json);
  };
  return annotateInWorkers(jobs, store, pool);
}

/** Annotates a few reports on this thread, yielding at least every 50 ms (by the clock). */
async function annotateHere(index: NewsIndex, reports: Report[], signal?: AbortSignal): Promise<Annotated> {
  let annotated = 0;
  const failed: WarmUpResult['failed'] = [];
  for (const report of reports) {
    if (signal?.aborted) break;
    if (index.report(report.id) !== report || index.isAnnotated(report.id)) continue;
    try {
      const annotations = await annotateSliced(report, { budgetMs: index.options.annotationBudgetMs }, signal);
      // a report changed or dropped meanwhile keeps waiting for fresh annotations
      if (!annotations || index.report(report.id) !== report) continue;
      index.setAnnotations(report.id, annotations);
      annotated++;
    } catch (error) {
      failed.push({ id: report.id, reason: (error as Error).message });
    }
  }
  return { annotated, failed };
}
