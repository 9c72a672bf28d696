import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnnotateJob, AnnotateReply } from './annotateWorkerMain.js';

export interface AnnotatePoolOptions {
  /** Worker threads; defaults to the machine's cores. */
  workers: number;
  /** Characters of report text sent to a worker at once. */
  batchChars: number;
  /** Young-generation size of each worker, in MB (larger sizes bought no speed here, only memory). */
  youngGenerationMb: number;
  /** Called after every batch with reports annotated so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stops handing out work; batches in flight are dropped. */
  signal?: AbortSignal;
}

export const defaultAnnotatePoolOptions: AnnotatePoolOptions = {
  workers: Math.max(1, availableParallelism()),
  batchChars: 64 * 1024,
  youngGenerationMb: 16,
};

/**
 * Workers for annotating while answers are being served (the bot, the terminal): one core is
 * left to the thread that answers, whose turns would otherwise wait behind the workers'.
 */
export const workersBesideAnswers = Math.max(1, availableParallelism() - 1);

export interface AnnotatePoolResult {
  annotated: number;
  failed: Array<{ id: string; reason: string }>;
  seconds: number;
}

/**
 * Annotates reports in worker threads and hands each result to `store` as JSON, on the
 * main thread, as batches come back. Reports are sent in batches of about `batchChars`
 * characters so a worker never idles long and no message is huge.
 */
export async function annotateInWorkers(
  jobs: AnnotateJob[],
  store: (id: string, json: string) => void,
  options: Partial<AnnotatePoolOptions> = {},
): Promise<AnnotatePoolResult> {
  const settings = { ...defaultAnnotatePoolOptions, ...options };
  const started = performance.now();
  const failed: AnnotatePoolResult['failed'] = [];
  const batches = batch(jobs, settings.batchChars);
  let next = 0;
  let done = 0;
  // after one worker fails, the others stop taking work
  let failedWorker = false;
  const total = jobs.length;
  const workerCount = Math.max(1, Math.min(settings.workers, batches.length));

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./annotateWorker.mjs', import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: settings.youngGenerationMb },
      });
      let finished = false;
      const finish = (error?: Error) => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        if (error) {
          failedWorker = true;
          reject(error);
        } else resolve();
      };
      const send = () => {
        const work = settings.signal?.aborted || failedWorker ? undefined : batches[next++];
        if (work) worker.postMessage(work);
        else finish();
      };
      worker.on('message', (reply: AnnotateReply) => {
        for (const [id, json, error] of reply) {
          if (json !== null) store(id, json);
          else failed.push({ id, reason: error ?? 'unknown error' });
        }
        done += reply.length;
        settings.onProgress?.(done, total);
        send();
      });
      worker.on('error', (error) => finish(new Error(`annotateInWorkers: a worker failed: ${error.message}`)));
      worker.on('exit', (code) => finish(new Error(`annotateInWorkers: a worker stopped (exit code ${code})`)));
      worker.once('online', send);
    });

  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return { annotated: done - failed.length, failed, seconds: (performance.now() - started) / 1000 };
}

function batch(jobs: AnnotateJob[], maxChars: number): AnnotateJob[][] {
  const batches: AnnotateJob[][] = [];
  let current: AnnotateJob[] = [];
  let chars = 0;
  for (const job of jobs) {
    if (current.length && chars + job.text.length > maxChars) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(job);
    chars += job.text.length;
  }
  if (current.length) batches.push(current);
  return batches;
}
