// npm run bench -- --backend=postgres: the in-memory index and PostgreSQL on the same reports
// (Reuters ×5 by default), each in its own processes: ingest, restart, every command's latency,
// Node's memory and PostgreSQL's size and memory. `--scales=50 --generate` loads Reuters ×50 on
// PostgreSQL alone, generated a copy at a time. A throwaway cluster (scripts/pgCluster.ts) is used.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startCluster, stopCluster } from '../scripts/pgCluster.js';
import { arg, makeQueries, readCorpus } from './corpus.js';

const scale = Number(arg('scales') ?? '5');
const limit = arg('limit') ? Number(arg('limit')) : Infinity;
const queryCount = Number(arg('queries') ?? '200');
const generate = process.argv.includes('--generate');

interface Spread {
  p50: number;
  p99: number;
}
interface ChildResult {
  reports: number;
  openMs: number;
  rssAfterOpen: number;
  rssAfterQuestions: number;
  peakRssMb: number;
  asked: Record<'who' | 'when' | 'quote' | 'search', Spread>;
}

function child(args: string[]): ChildResult {
  const script = join(import.meta.dirname, 'pgDesk.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = out.trim().split('\n').pop()!;
  // each result as it comes, so a later failure does not lose it
  process.stderr.write(`${line}\n`);
  return JSON.parse(line) as ChildResult;
}

/** Resident memory of the postmaster and its children, in MB (shared buffers counted in each that touched them). */
function serverRssMb(pid: number): number {
  const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)], { encoding: 'utf8' });
  return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

async function databaseFigures(url: string): Promise<{ bytes: number; sharedBuffers: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const size = await client.query('SELECT pg_database_size(current_database()) AS bytes');
  const buffers = await client.query('SHOW shared_buffers');
  await client.end();
  return { bytes: Number(size.rows[0].bytes), sharedBuffers: String(buffers.rows[0].shared_buffers) };
}

const cluster = await startCluster();
const work = mkdtempSync(join(tmpdir(), 'newsdesk-pgbench-'));
const rows: string[] = [];
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, '/bench');
  const corpus = readCorpus(generate ? 1 : scale, limit);
  writeFileSync(join(work, 'queries.json'), JSON.stringify(makeQueries(corpus, queryCount, 7)));
  mkdirSync(join(work, 'empty'));
  const base = [`--dir=${work}`, `--url=${url}`];
  const results: Array<[string, ChildResult]> = [];
  if (!generate) {
    mkdirSync(join(work, 'reports'));
    // one file per copy (each under the loader's file cap), looking settled as on a real server
    const perFile = Math.ceil(corpus.length / scale);
    const longAgo = new Date(Date.now() - 86_400_000);
    for (let file = 0; file * perFile < corpus.length; file++) {
      const path = join(work, 'reports', `reuters-${file}.jsonl`);
      const lines = corpus.slice(file * perFile, (file + 1) * perFile).map((row) => JSON.stringify(row));
      writeFileSync(path, `${lines.join('\n')}\n`);
      utimesSync(path, longAgo, longAgo);
    }
    results.push(['memory, first start', child([...base, '--backend=memory', '--phase=ingest'])]);
    results.push(['memory, restart (snapshot)', child([...base, '--backend=memory', '--phase=restart'])]);
  }
  const extra = generate ? [`--generate=${scale}`] : [];
  results.push(['PostgreSQL, first start', child([...base, '--backend=postgres', '--phase=ingest', ...extra])]);
  const db = await databaseFigures(url);
  const serverAfterIngest = serverRssMb(cluster.pid);
  results.push(['PostgreSQL, restart', child([...base, '--backend=postgres', '--phase=restart'])]);
  const serverAfterRestart = serverRssMb(cluster.pid);
  rows.push(
    '| run | reports | open | Node RSS after open / after questions / peak | who p50/p99 | when | quote | search |',
  );
  rows.push('|---|---|---|---|---|---|---|---|');
  const ms = (s: Spread) => `${s.p50.toFixed(1)} / ${s.p99.toFixed(1)} ms`;
  for (const [name, r] of results) {
    const rss = `${r.rssAfterOpen.toFixed(0)} / ${r.rssAfterQuestions.toFixed(0)} / ${r.peakRssMb.toFixed(0)} MB`;
    const { who, when, quote, search } = r.asked;
    const open = `${(r.openMs / 1000).toFixed(1)} s`;
    rows.push(
      `| ${name} | ${r.reports} | ${open} | ${rss} | ${ms(who)} | ${ms(when)} | ${ms(quote)} | ${ms(search)} |`,
    );
  }
  rows.push('');
  rows.push(
    `PostgreSQL database: ${(db.bytes / 1024 / 1024).toFixed(0)} MB on disk; shared_buffers ${db.sharedBuffers}; `,
  );
  rows.push(
    `server processes' RSS ${serverAfterIngest.toFixed(0)} MB after ingest, ${serverAfterRestart.toFixed(0)} MB after the restart's questions.`,
  );
  console.log(rows.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
  await stopCluster(cluster);
}
