// Child of bench/run.ts: a fresh process starting from the snapshot bench/ours.ts left.
import { join } from 'node:path';
import { Newsdesk } from '../src/core/newsdesk.js';
import type { AnswerKind } from '../src/core/types.js';
import { readFileSync } from 'node:fs';
import { peakRssMb, percentiles, timed } from './corpus.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const work = arg('dir')!;

const start = performance.now();
const desk = await Newsdesk.open(join(work, 'reports'), { stateDir: join(work, 'state') });
const restartMs = performance.now() - start;
const queries = JSON.parse(readFileSync(join(work, 'queries.json'), 'utf8')) as string[];
const warm = Object.fromEntries((['who', 'when', 'quote', 'search'] as AnswerKind[]).map((c) => [c, percentiles(queries.map((q) => timed(() => desk.ask(c, q))[1]))]));
console.log(JSON.stringify({ restartMs, startup: desk.startup, annotated: desk.index.annotatedCount, warm, peakRssMb: peakRssMb() }));
