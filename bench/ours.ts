// Child of bench/run.ts: Newsdesk on Reuters (×scale) from files: ingest, the background
// annotation, questions once warm, the snapshot, and single-report changes. Prints one JSON
// line. It writes the report files and the question lists the other children use.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Newsdesk } from '../src/core/newsdesk.js';
import { arg, askEach, heapMb, makeQueries, peakRssMb, readCorpus, timed, type CorpusRow } from './corpus.js';

const scale = Number(arg('scale') ?? 1);
const limit = Number(arg('limit') ?? Infinity);
const queryCount = Number(arg('queries') ?? 500);
const work = arg('dir')!;
const reportsDir = join(work, 'reports');
const stateDir = join(work, 'state');

let rows: CorpusRow[] | null = readCorpus(scale, limit);
const perFile = Math.ceil(rows.length / scale);
mkdirSync(reportsDir, { recursive: true });
const longAgo = new Date(Date.now() - 86_400_000);
for (let file = 0; file * perFile < rows.length; file++) {
  const path = join(reportsDir, `reuters-${file}.jsonl`);
  writeFileSync(
    path,
    rows
      .slice(file * perFile, (file + 1) * perFile)
      .map((row) => JSON.stringify(row))
      .join('\n'),
  );
  // files the snapshot fingerprints must look settled, as they would on a real server
  utimesSync(path, longAgo, longAgo);
}
const megabytes = rows.reduce((sum, row) => sum + row.text.length, 0) / 1024 / 1024;
// everything the run needs from the corpus is taken now, so the process holds only what Newsdesk holds
const warmQueries = makeQueries(rows, queryCount, 4242);
writeFileSync(join(work, 'cold-queries.json'), JSON.stringify(makeQueries(rows, queryCount, 42)));
writeFileSync(join(work, 'queries.json'), JSON.stringify(warmQueries));
const changeSources = Array.from({ length: 20 }, (_, i) => rows![(i * 7919) % rows!.length]!);
rows = null;

const ingestStart = performance.now();
// the state folder starts empty: the desk indexes every report, and can save its snapshot there
const desk = await Newsdesk.open(reportsDir, { stateDir });
const ingestMs = performance.now() - ingestStart;
const heapAfterIngest = heapMb();
const rssAfterIngest = peakRssMb();

let progressAt = 0;
const warmUp = await desk.warmUp(undefined, {
  onProgress: (done, total) => {
    if (performance.now() - progressAt < 10_000) return;
    progressAt = performance.now();
    process.stderr.write(`annotated ${done}/${total}\n`);
  },
});
const rssAfterWarmUp = peakRssMb();
// a running bot answers long after its background work: let the process settle first
await new Promise((resolve) => setTimeout(resolve, 3000));
const warm = askEach(desk, warmQueries);

const snapshot = await desk.saveSnapshot();

const changeTimes = { add: [] as number[], change: [] as number[], remove: [] as number[] };
for (let i = 0; i < 20; i++) {
  const source = changeSources[i]!;
  const report = {
    id: `bench-new-${i}`,
    date: source.date,
    title: source.title ?? 'Bench',
    text: source.text,
    origin: { file: 'bench.jsonl' },
  };
  changeTimes.add.push(timed(() => desk.addReports([report]))[1]);
  changeTimes.change.push(
    timed(() => desk.addReports([{ ...report, text: `${report.text} Revised figures follow.` }]))[1],
  );
  changeTimes.remove.push(timed(() => desk.removeReport(report.id))[1]);
}
const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

// a new file in the folder, as the watcher would pick it up: reload, then the answer
const fileStart = performance.now();
writeFileSync(
  join(reportsDir, 'late.md'),
  '---\ndate: 2020-01-01\ntitle: Late report\n---\nThe Zyxwvut consortium said on Monday it would build a plant.\n',
);
await desk.reload();
const visible = desk.ask('search', 'Zyxwvut consortium').answers[0]?.citations[0]?.reportId === 'late';
const fileChangeMs = performance.now() - fileStart;

console.log(
  JSON.stringify({
    reports: desk.counts().reports,
    passages: desk.counts().passages,
    megabytes,
    ingestMs,
    heapAfterIngest,
    rssAfterIngest,
    rssAfterWarmUp,
    warmUp,
    commonLists: desk.counts().commonWords,
    warm,
    snapshot,
    change: Object.fromEntries(
      Object.entries(changeTimes).map(([k, v]) => [k, { median: median(v), max: Math.max(...v) }]),
    ),
    fileChange: { ms: fileChangeMs, visible },
    peakRssMb: peakRssMb(),
  }),
);
process.exit(0);
