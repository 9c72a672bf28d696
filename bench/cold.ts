// Child of bench/run.ts: questions on a freshly loaded desk, before anything is annotated.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Newsdesk } from '../src/core/newsdesk.js';
import type { AnswerKind } from '../src/core/types.js';
import { percentiles, timed } from './corpus.js';

const work = process.argv.find((a) => a.startsWith('--dir='))!.slice(6);
const desk = await Newsdesk.open(join(work, 'reports'));
const queries = JSON.parse(readFileSync(join(work, 'cold-queries.json'), 'utf8')) as string[];
const cold = Object.fromEntries(
  (['who', 'when', 'quote', 'search'] as AnswerKind[]).map((command) => [command, percentiles(queries.map((q) => timed(() => desk.ask(command, q))[1]))]),
);
console.log(JSON.stringify({ cold, annotatedByQuestions: desk.index.annotatedCount }));
