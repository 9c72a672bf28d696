// Child of bench/postgresRun.ts: one desk, in memory or on PostgreSQL, opened (ingest or restart)
// then asked every question with every command, in its own process so its memory is its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Newsdesk } from '../src/core/newsdesk.js';
import type { AnswerKind, Report } from '../src/core/types.js';
import { arg, peakRssMb, percentiles, readCorpus } from './corpus.js';

const backend = arg('backend') as 'memory' | 'postgres';
const phase = arg('phase') as 'ingest' | 'restart';
const work = arg('dir')!;
const url = arg('url');
const generated = arg('generate');
const queries = JSON.parse(readFileSync(join(work, 'queries.json'), 'utf8')) as string[];
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

const started = performance.now();
let desk: Newsdesk;
let samples = 0;
let peakDuringIngest = 0;
if (generated) {
  // generated on the fly a copy at a time, never written: the folder would hold every report at once
  desk = await Newsdesk.open(join(work, 'empty'), { databaseUrl: url! });
  const base = readCorpus(1);
  for (let copy = 0; copy < Number(generated); copy++) {
    const reports: Report[] = base.map((row) => ({
      id: copy ? `${row.id}-x${copy}` : row.id,
      date: row.date && copy ? `${Number(row.date.slice(0, 4)) + copy * 3}${row.date.slice(4)}` : row.date,
      title: row.title ?? row.id,
      text: row.text,
      origin: { file: `generated-${copy}` },
    }));
    await desk.addReports(reports);
    peakDuringIngest = Math.max(peakDuringIngest, rssMb());
    process.stderr.write(`copy ${copy + 1}/${generated}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
} else {
  const options = backend === 'postgres' ? { databaseUrl: url! } : { stateDir: join(work, 'state') };
  // a generated run has no reports folder: its restart opens on the database alone
  const folder = existsSync(join(work, 'reports')) ? join(work, 'reports') : join(work, 'empty');
  desk = await Newsdesk.open(folder, options);
}
const openMs = performance.now() - started;
for (const problem of desk.lastLoad.problems.slice(0, 5))
  process.stderr.write(`load problem: ${JSON.stringify(problem)}\n`);
const rssAfterOpen = rssMb();
if (backend === 'memory' && phase === 'ingest') await desk.saveSnapshot();

const commands: AnswerKind[] = ['who', 'when', 'quote', 'search'];
const asked: Record<string, ReturnType<typeof percentiles>> = {};
for (const command of commands) {
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await desk.answer(command, query);
    times.push(performance.now() - start);
    if (++samples % 50 === 0) peakDuringIngest = Math.max(peakDuringIngest, rssMb());
  }
  asked[command] = percentiles(times);
}
const reports = desk.counts().reports;
await desk.close();
console.log(
  JSON.stringify({
    backend,
    phase,
    reports,
    openMs,
    rssAfterOpen,
    rssAfterQuestions: rssMb(),
    peakRssMb: peakRssMb(),
    asked,
  }),
);
