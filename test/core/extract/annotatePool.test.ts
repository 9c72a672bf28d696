import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/core/extract/annotate.js';
import { annotateInWorkers } from '../../../src/core/extract/annotatePool.js';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { SEEDS } from '../../helpers/fixtures.js';

describe('annotateInWorkers', () => {
  it('annotates in worker threads exactly as on the main thread, with progress', async () => {
    const { reports } = await loadReports(SEEDS);
    const jobs = reports.slice(0, 12).map((r) => ({ id: r.id, text: r.text, date: r.date }));
    const stored = new Map<string, string>();
    const progress: number[] = [];
    const result = await annotateInWorkers(jobs, (id, json) => stored.set(id, json), {
      workers: 2,
      batchChars: 4000,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ annotated: 12, failed: [] });
    expect(progress.at(-1)).toBe(12);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    for (const job of jobs) expect(JSON.parse(stored.get(job.id)!), job.id).toEqual(annotate(job));
  });

  it('stops handing out work when aborted', async () => {
    const { reports } = await loadReports(SEEDS);
    const controller = new AbortController();
    const jobs = reports.map((r) => ({ id: r.id, text: r.text, date: r.date }));
    let stored = 0;
    const result = await annotateInWorkers(
      jobs,
      () => {
        stored++;
        controller.abort();
      },
      { workers: 1, batchChars: 1, signal: controller.signal },
    );
    expect(stored).toBe(1);
    expect(result.annotated).toBe(1);
  });

  it('does nothing for no reports', async () => {
    expect(await annotateInWorkers([], () => undefined)).toMatchObject({ annotated: 0, failed: [] });
  });
});
