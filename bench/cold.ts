// Child of bench/run.ts: questions on a freshly loaded desk, before anything is annotated.
// `--models=before` loads the extractors' models first, as the bot does before it logs in (the time
// it takes is reported apart); without it the models load during the first questions, as in a CLI
// process asked one question.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Newsdesk } from '../src/core/newsdesk.js';
import { arg, askEach } from './corpus.js';

const work = arg('dir')!;
const desk = await Newsdesk.open(join(work, 'reports'));
const queries = JSON.parse(readFileSync(join(work, 'cold-queries.json'), 'utf8')) as string[];
const started = performance.now();
if (arg('models') === 'before') desk.loadExtractors();
const modelsMs = performance.now() - started;
const cold = askEach(desk, queries);
console.log(JSON.stringify({ cold, modelsMs, annotatedByQuestions: desk.counts().annotated }));
