// Child of bench/worstCaseRun.ts: indexes and annotates one worst-case report, prints the times as JSON.
import { Newsdesk } from '../src/core/newsdesk.js';
import { arg } from './corpus.js';
import { WORST_SHAPES } from './worstCase.js';

const shape = WORST_SHAPES.find((s) => s.name === arg('shape'));
if (!shape) throw new Error(`worstCaseChild: unknown shape "${arg('shape')}"`);
const text = shape.make(Number(arg('chars')));
const started = performance.now();
const desk = Newsdesk.fromReports([
  { id: 'worst', date: '2020-01-01', title: shape.name, text, origin: { file: 'worst.txt', line: 1 } },
]);
const indexed = performance.now();
desk.index.annotations('worst');
const annotated = performance.now();
console.log(JSON.stringify({ chars: text.length, indexMs: indexed - started, annotateMs: annotated - indexed }));
