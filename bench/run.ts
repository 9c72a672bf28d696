// npm run bench: ingest and query figures on Reuters-21578 (../shared/data), with raw MiniSearch
// on the same passages in the same run as the reference. `--smoke` runs a small slice.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { ask } from '../src/core/answer/ask.js';
import { NewsIndex } from '../src/core/index/newsIndex.js';
import { splitPassages } from '../src/core/text/passages.js';
import { firstSentence } from '../src/core/text/title.js';
import type { AnswerKind, Report } from '../src/core/types.js';

const smoke = process.argv.includes('--smoke');
const limitArg = process.argv.find((a) => a.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.slice(8)) : smoke ? 300 : Infinity;
const queryCount = smoke ? 40 : 500;
const file = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'corpus', 'reuters21578.jsonl');

interface Row {
  id: string;
  date: string | null;
  title: string | null;
  text: string;
}

const rows: Array<[string, string]> = [];
const time = <T>(label: string, run: () => T): T => {
  const start = performance.now();
  const value = run();
  rows.push([label, `${((performance.now() - start) / 1000).toFixed(2)} s`]);
  return value;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const reports: Report[] = time('read + parse corpus', () =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.text?.trim())
    .slice(0, limit)
    .map((r) => ({ id: r.id, date: r.date, title: r.title || firstSentence(r.text), text: r.text, origin: { file: 'reuters21578.jsonl' } })),
);
const megabytes = reports.reduce((s, r) => s + r.text.length, 0) / 1024 / 1024;
rows.push(['reports / text', `${reports.length} / ${megabytes.toFixed(1)} MB`]);

const ingestStart = performance.now();
const index = NewsIndex.fromReports(reports);
const ingest = (performance.now() - ingestStart) / 1000;
rows.push(['ours: ingest to first answer', `${ingest.toFixed(2)} s (${(index.passageCount / ingest).toFixed(0)} passages/s, ${(megabytes / ingest).toFixed(1)} MB/s)`]);
rows.push(['ours: heap after ingest', mb(process.memoryUsage().heapUsed)]);

const passages = reports.flatMap((r) => splitPassages(r));
const rawStart = performance.now();
const raw = new MiniSearch({ fields: ['text'], storeFields: [] });
raw.addAll(passages.map((p, i) => ({ id: i, text: p.text })));
const rawIngest = (performance.now() - rawStart) / 1000;
rows.push(['raw MiniSearch addAll (same passages)', `${rawIngest.toFixed(2)} s (ours/raw ${(ingest / rawIngest).toFixed(2)})`]);

// realistic queries: content words and names from random reports
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const queries = Array.from({ length: queryCount }, () => {
  const words = reports[Math.floor(random() * reports.length)]!.text.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? ['oil'];
  const n = 1 + Math.floor(random() * 4);
  return Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
});

const percentiles = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
  return `p50 ${at(50)} / p95 ${at(95)} / p99 ${at(99)} ms`;
};
const rawTimes = queries.map((q) => {
  const start = performance.now();
  raw.search(q);
  return performance.now() - start;
});
rows.push(['raw MiniSearch search (default)', percentiles(rawTimes)]);
for (const command of ['search', 'who', 'when', 'quote'] as AnswerKind[]) {
  const times = queries.map((q) => {
    const start = performance.now();
    ask(index, command, q);
    return performance.now() - start;
  });
  rows.push([`ours: ${command} (first pass, annotating as needed)`, percentiles(times)]);
}
rows.push(['peak RSS', mb(process.resourceUsage().maxRSS * 1024)]);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`| what | figure |\n|---|---|`);
for (const [what, figure] of rows) console.log(`| ${what.padEnd(width)} | ${figure} |`);
