// Child of bench/run.ts: a fresh process starting from the snapshot bench/ours.ts left.
import { join } from 'node:path';
import { Newsdesk } from '../src/core/newsdesk.js';
import { readFileSync } from 'node:fs';
import { arg, askEach, peakRssMb } from './corpus.js';

const work = arg('dir')!;

const start = performance.now();
const desk = await Newsdesk.open(join(work, 'reports'), { stateDir: join(work, 'state') });
const restartMs = performance.now() - start;
const queries = JSON.parse(readFileSync(join(work, 'queries.json'), 'utf8')) as string[];
const warm = askEach(desk, queries);
console.log(
  JSON.stringify({
    restartMs,
    startup: desk.startup,
    annotated: desk.counts().annotated,
    warm,
    peakRssMb: peakRssMb(),
  }),
);
