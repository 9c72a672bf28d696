import type { WarmUpResult } from './deskTypes.js';
import { analysisFingerprint } from './extract/analysisFingerprint.js';
import { annotateInWorkers, type AnnotatePoolOptions } from './extract/annotatePool.js';
import type { RemoteCorpus } from './postgres/remoteCorpus.js';
import { pendingReports, storeAnnotations } from './postgres/storedAnnotations.js';

/** Reports annotated per round: read, annotated in workers, written back together. */
const ROUND = 500;

/**
 * Annotates the database's reports not annotated yet, or annotated by another version of the
 * extractors (after an upgrade), a round at a time, in worker threads,
 * and stores the annotations for every process. Stops early when `signal` aborts.
 */
export async function annotateStored(
  remote: RemoteCorpus,
  signal?: AbortSignal,
  pool: Partial<AnnotatePoolOptions> = {},
): Promise<Pick<WarmUpResult, 'annotated' | 'failed'>> {
  const failed: WarmUpResult['failed'] = [];
  let annotated = 0;
  const analysis = analysisFingerprint();
  while (!signal?.aborted) {
    const pending = await pendingReports(
      remote.pool,
      failed.map((f) => f.id),
      ROUND,
      analysis,
    );
    if (pending.length === 0) break;
    const numbers = new Map(pending.map((report) => [report.id, report.number]));
    const done: Array<[number, string]> = [];
    const jobs = pending.map(({ id, text, date }) => ({ id, text, date }));
    const result = await annotateInWorkers(jobs, (id, json) => done.push([numbers.get(id)!, json]), {
      ...pool,
      ...(signal ? { signal } : {}),
    });
    failed.push(...result.failed);
    await storeAnnotations(remote.pool, done, analysis);
    annotated += done.length;
    if (done.length === 0 && result.failed.length === 0) break;
  }
  return { annotated, failed };
}
