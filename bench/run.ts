// npm run bench: Newsdesk on Reuters-21578 (../shared/data) and on a ×5 variant, with raw
// MiniSearch on the same passages as the reference. Each part runs in its own process so
// its peak memory is its own. `--smoke` runs a small slice; `--scales=1` skips the ×5 run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { arg } from './corpus.js';

// --only=ingest: only reports coming in through the bot (bench/botIngest.ts), see the end of this file
// --only=burst: only the burst of slash commands through the fake Discord (bench/burst.ts)
if (process.argv.includes('--only=burst')) {
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'burst.ts')], { stdio: 'inherit' });
  process.exit(0);
}
// `npm run bench -- --backend=postgres`: the in-memory index against PostgreSQL (bench/postgresRun.ts)
if (process.argv.includes('--backend=postgres')) {
  await import('./postgresRun.js');
  process.exit(0);
}
// `npm run bench -- --worst`: only the worst-case reports (bench/worstCaseRun.ts)
if (process.argv.includes('--worst')) {
  await import('./worstCaseRun.js');
  process.exit(0);
}

const smoke = process.argv.includes('--smoke');
const limit = arg('limit') ?? (smoke ? '300' : undefined);
const scales = (arg('scales') ?? (smoke ? '1' : '1,5')).split(',').map(Number);
const queries = smoke ? '40' : '500';

interface Spread {
  p50: number;
  p95: number;
  p99: number;
  text: string;
}
type ByCommand = Record<'who' | 'when' | 'quote' | 'search', Spread>;

function child<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: Array<[string, string]> = [];
const onlyIngest = process.argv.includes('--only=ingest');
for (const scale of onlyIngest ? [] : scales) {
  const work = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  const args = [`--scale=${scale}`, `--queries=${queries}`, `--dir=${work}`, ...(limit ? [`--limit=${limit}`] : [])];
  try {
    const raw = child<{ passages: number; addAllMs: number; search: Spread; and: Spread; peakRssMb: number }>(
      'raw.ts',
      args,
    );
    const ours = child<{
      reports: number;
      passages: number;
      megabytes: number;
      ingestMs: number;
      heapAfterIngest: number;
      rssAfterIngest: number;
      rssAfterWarmUp: number;
      warmUp: { annotated: number; seconds: number };
      commonLists: number;
      warm: ByCommand;
      snapshot: { bytes: number; seconds: number };
      change: Record<'add' | 'change' | 'remove', { median: number; max: number }>;
      fileChange: { ms: number; visible: boolean };
      peakRssMb: number;
    }>('ours.ts', args);
    type Cold = { cold: ByCommand; modelsMs: number; annotatedByQuestions: number };
    // as the bot answers (models loaded before login), and as a process asked at once (models load on first use)
    const cold = child<Cold>('cold.ts', [...args, '--models=before']);
    const lazy = child<Cold>('cold.ts', args);
    const restart = child<{
      restartMs: number;
      startup: { fromSnapshot: number; processed: number };
      warm: ByCommand;
      peakRssMb: number;
    }>('restart.ts', args);
    const x = scale === 1 ? '' : ` ×${scale}`;
    const row = (what: string, figure: string) => rows.push([`${what}${x}`, figure]);
    row('reports / passages / text', `${ours.reports} / ${ours.passages} / ${ours.megabytes.toFixed(1)} MB`);
    row('raw MiniSearch addAll (same passages)', `${s(raw.addAllMs)}, peak RSS ${raw.peakRssMb.toFixed(0)} MB`);
    row(
      'ours: ingest to first answer',
      `${s(ours.ingestMs)} (${(ours.passages / (ours.ingestMs / 1000)).toFixed(0)} passages/s, ${(ours.megabytes / (ours.ingestMs / 1000)).toFixed(1)} MB/s; ours/raw ${(ours.ingestMs / raw.addAllMs).toFixed(2)})`,
    );
    row(
      'ours: fully annotated (worker threads)',
      `${s(ours.ingestMs + ours.warmUp.seconds * 1000)} (${ours.warmUp.annotated} reports; ${ours.commonLists} common-word lists)`,
    );
    row(
      'ours: heap after ingest / peak RSS',
      `${ours.heapAfterIngest.toFixed(0)} MB / ${ours.peakRssMb.toFixed(0)} MB (peak by the end of ingest ${ours.rssAfterIngest.toFixed(0)}, of annotation ${ours.rssAfterWarmUp.toFixed(0)})`,
    );
    row(
      'ours: snapshot write / size',
      `${s(ours.snapshot.seconds * 1000)} / ${(ours.snapshot.bytes / 1024 / 1024).toFixed(0)} MB`,
    );
    row(
      'ours: restart from snapshot',
      `${s(restart.restartMs)} (${restart.startup.fromSnapshot} reports from it, ${restart.startup.processed} processed; peak RSS ${restart.peakRssMb.toFixed(0)} MB)`,
    );
    row('raw MiniSearch search (default)', raw.search.text);
    row('raw MiniSearch search (AND)', raw.and.text);
    row("ours: extractors' models loaded (the bot, before login)", s(cold.modelsMs));
    for (const command of ['search', 'who', 'when', 'quote'] as const) {
      row(
        `ours: ${command} (cold: nothing annotated)`,
        `${cold.cold[command].text} (warm +${(cold.cold[command].p99 - ours.warm[command].p99).toFixed(1)} ms at p99)`,
      );
      row(`ours: ${command} (cold, models loading on first use)`, lazy.cold[command].text);
      row(
        `ours: ${command} (warm)`,
        `${ours.warm[command].text} (ours/raw p99 ${(ours.warm[command].p99 / raw.search.p99).toFixed(2)})`,
      );
      row(`ours: ${command} (warm, after restart)`, restart.warm[command].text);
    }
    for (const op of ['add', 'change', 'remove'] as const)
      row(
        `ours: ${op} one report`,
        `median ${ours.change[op].median.toFixed(1)} / max ${ours.change[op].max.toFixed(1)} ms`,
      );
    row(
      'ours: new file visible to answers (reload)',
      `${ours.fileChange.ms.toFixed(0)} ms${ours.fileChange.visible ? '' : ' (NOT FOUND)'}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// reports coming in through the bot (bench/botIngest.ts): `--only=ingest` runs this part alone
{
  type Spread2 = { median: number; max: number };
  type Adds = { file: Spread2; link: Spread2; addReply: Spread2 };
  const ingest = child<{
    addToAnswer: { reports: number; duringWarmUp: Adds; settled: Adds };
    feeds50x20: {
      feeds: number;
      firstPollMs: number;
      stored: number;
      indexed: number;
      secondPollMs: number;
      secondNew: number;
    };
  }>('botIngest.ts', [...(limit ? [`--limit=${limit}`] : []), ...(smoke ? ['--rounds=1', '--feeds=5'] : [])]);
  const { addToAnswer: add, feeds50x20: feeds } = ingest;
  const spread = (x: Spread2) => `median ${s(x.median)} / max ${s(x.max)}`;
  for (const [phase, adds] of [
    ['during background annotation', add.duringWarmUp],
    ['annotated', add.settled],
  ] as const) {
    rows.push([`bot: /report add (file) to a citing answer, ${add.reports} reports, ${phase}`, spread(adds.file)]);
    rows.push([`bot: /report add (link) to a citing answer, ${add.reports} reports, ${phase}`, spread(adds.link)]);
    rows.push([`bot: /report add, its own reply, ${phase}`, spread(adds.addReply)]);
  }
  rows.push([
    `bot: first poll, ${feeds.feeds} feeds × 20 items (stored + indexed)`,
    `${s(feeds.firstPollMs)} (${feeds.stored} stored, ${feeds.indexed} indexed)`,
  ]);
  rows.push([
    `bot: second poll, ${feeds.feeds} feeds (304, ETag)`,
    `${s(feeds.secondPollMs)} (${feeds.secondNew} new)`,
  ]);
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(`| what | figure |\n|---|---|`);
for (const [what, figure] of rows) console.log(`| ${what.padEnd(width)} | ${figure} |`);
