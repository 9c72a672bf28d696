import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { annotateWithin, defaultAnnotateBudget } from './annotateBudget.js';

/** One report to annotate, as the pool sends it. */
export interface AnnotateJob {
  id: string;
  text: string;
  date: string | null;
  /** Time in ms after which the report's annotation stops and is marked incomplete. */
  budgetMs?: number;
}

/** Annotations of each job as JSON, or the reason it failed. */
export type AnnotateReply = Array<[id: string, json: string | null, error?: string]>;

/** How much lower than the main thread's a worker's scheduling priority is (0 none, 19 the lowest). */
const BACKGROUND_NICENESS = 10;

// On Linux a thread has its own priority, and process 0 means this thread: the annotation that
// runs in the background yields the cores to the thread that answers. Elsewhere it may be refused.
if (parentPort) {
  try {
    setPriority(BACKGROUND_NICENESS);
  } catch {
    // left at the process's priority
  }
}

parentPort?.on('message', (jobs: AnnotateJob[]) => {
  const reply: AnnotateReply = jobs.map((job) => {
    try {
      return [job.id, JSON.stringify(annotateWithin(job, job.budgetMs ?? defaultAnnotateBudget.workerBudgetMs))];
    } catch (error) {
      return [job.id, null, error instanceof Error ? error.message : String(error)];
    }
  });
  parentPort!.postMessage(reply);
});
