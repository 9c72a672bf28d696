// npm run eval: scores the pipeline on ../shared/data/dev and prints one table.
import { hasSharedData, DATA_DIR } from './data.js';
import { conllRows, conllSet, CONLL_PUBLISHED, pipelinePredictor, scoreConll } from './conll.js';
import { evalMeantimeDates, evalMeantimeEntities, meantimeEntityRows } from './meantime.js';
import { percent } from './metrics.js';
import { evalPolnearParts, polnearRows, QUICK_SHARE } from './polnear.js';
import { evalSquad } from './squad.js';
import { evalTempeval, TE3_PUBLISHED, tempevalRows } from './tempeval.js';

if (!hasSharedData()) {
  console.error(`eval: ${DATA_DIR} is absent; the quality harness needs ../shared/data beside the project.`);
  process.exit(2);
}

const quick = process.argv.includes('--quick');
const rows: Array<[string, string, string]> = [];
const timed = <T>(label: string, run: () => T): T => {
  const start = performance.now();
  const value = run();
  process.stderr.write(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return value;
};

for (const s of timed('squad', () => evalSquad(undefined, quick ? 300 : undefined))) {
  rows.push([`SQuAD ${s.kind} (${s.questions} q)`, 'top-1 exact match', percent(s.exact, s.questions)]);
  rows.push([`SQuAD ${s.kind}`, 'top-1 token F1', percent(s.f1, s.questions)]);
  rows.push([`SQuAD ${s.kind}`, 'right report in top 3', percent(s.reportTop3, s.questions)]);
}
for (const d of timed('meantime dates', () => evalMeantimeDates())) {
  rows.push([`MEANTIME dates, ${d.part} (${d.gold} gold)`, 'value exact, same offsets', percent(d.valueRight, d.gold)]);
  rows.push([`MEANTIME dates, ${d.part}`, 'value, lenient text overlap', percent(d.lenientValueRight, d.gold)]);
}
for (const [set, measure, tune, check] of timed('tempeval-3', () => tempevalRows(evalTempeval()))) {
  rows.push([set, measure, `tune ${tune} / check ${check}`]);
}
for (const p of TE3_PUBLISHED) {
  rows.push([`TE3 published, ${p.system} (platinum)`, 'relaxed / value F1', `${p.relaxed} / ${p.value}`]);
}
rows.push(...meantimeEntityRows(timed('meantime entities', () => evalMeantimeEntities())));
for (const set of ['testa', 'train-heldout'] as const) {
  const docs = conllSet(set);
  rows.push(...conllRows(timed(`conll ${set}`, () => scoreConll(set, quick ? docs.slice(0, 60) : docs, pipelinePredictor))));
}
rows.push(['CoNLL-2003', CONLL_PUBLISHED, '']);
rows.push(...polnearRows(timed('polnear', () => evalPolnearParts({ share: quick ? QUICK_SHARE : 1 }))));

const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), Math.max(8, ...rows.map((r) => r[2].length))];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
console.log(line(['set', 'measure', 'score']));
console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
