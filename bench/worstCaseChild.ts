// Child of bench/worstCaseRun.ts: indexes one worst-case report as start-up does, then annotates it
// as the bot does on its thread (unit by unit, stopped at the time budget); prints the times as JSON.
import { defaultAnnotateBudget } from '../src/core/extract/annotateBudget.js';
import { UnitAnnotator } from '../src/core/extract/unitAnnotator.js';
import { Newsdesk } from '../src/core/newsdesk.js';
import { arg } from './corpus.js';
import { WORST_SHAPES } from './worstCase.js';

const shape = WORST_SHAPES.find((s) => s.name === arg('shape'));
if (!shape) throw new Error(`worstCaseChild: unknown shape "${arg('shape')}"`);
const budgetMs = Number(arg('budget') ?? defaultAnnotateBudget.budgetMs);
const text = shape.make(Number(arg('chars')));
const report = { id: 'worst', date: '2020-01-01', title: shape.name, text, origin: { file: 'worst.txt', line: 1 } };
// the taggers load their word lists on first use: that is start-up, not this report's cost
Newsdesk.fromReports([{ ...report, id: 'warm', text: 'Laura Cooper said on Monday: "Talks resume in May."' }]);
new UnitAnnotator({ text: 'Laura Cooper said on Monday: "Talks resume in May."', date: null }).step();
const started = performance.now();
Newsdesk.fromReports([report]);
const indexed = performance.now();
const annotator = new UnitAnnotator(report);
while (annotator.step() && performance.now() - indexed < budgetMs);
const annotated = performance.now();
console.log(
  JSON.stringify({
    chars: text.length,
    indexMs: indexed - started,
    annotateMs: annotated - indexed,
    annotatedChars: annotator.coveredChars,
    complete: annotator.done,
  }),
);
