// Child of bench/run.ts: raw MiniSearch on the very passages Newsdesk makes, as the reference.
import MiniSearch from 'minisearch';
import { splitPassages } from '../src/core/text/passages.js';
import { makeQueries, peakRssMb, percentiles, readCorpus, timed } from './corpus.js';

const scale = Number(process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? 1);
const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const queryCount = Number(process.argv.find((a) => a.startsWith('--queries='))?.slice(10) ?? 500);

const rows = readCorpus(scale, limit);
const passages = rows.flatMap((row) => splitPassages({ id: row.id, text: row.text }));
const mini = new MiniSearch({ fields: ['text'], storeFields: [] });
const [, addAllMs] = timed(() => mini.addAll(passages.map((p, i) => ({ id: i, text: p.text }))));
const queries = [...makeQueries(rows, queryCount, 42), ...makeQueries(rows, queryCount, 4242)];
const search = queries.map((q) => timed(() => mini.search(q))[1]);
const and = queries.map((q) => timed(() => mini.search(q, { combineWith: 'AND' }))[1]);
console.log(
  JSON.stringify({
    passages: passages.length,
    addAllMs,
    search: percentiles(search),
    and: percentiles(and),
    peakRssMb: peakRssMb(),
  }),
);
