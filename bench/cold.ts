// Child of bench/run.ts: questions on a freshly loaded desk, before anything is annotated.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Newsdesk } from '../src/core/newsdesk.js';
import { arg, askEach } from './corpus.js';

const work = arg('dir')!;
const desk = await Newsdesk.open(join(work, 'reports'));
const queries = JSON.parse(readFileSync(join(work, 'cold-queries.json'), 'utf8')) as string[];
const cold = askEach(desk, queries);
console.log(JSON.stringify({ cold, annotatedByQuestions: desk.counts().annotated }));
