// npm run eval: scores the pipeline on ../shared/data/dev and prints one table.
import { hasSharedData, DATA_DIR } from './data.js';
import { evalMeantimeDates, evalMeantimeEntities } from './meantime.js';
import { percent } from './metrics.js';
import { evalPolnearParts, polnearRows, QUICK_SHARE } from './polnear.js';
import { evalSquad } from './squad.js';

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
const dates = timed('meantime dates', () => evalMeantimeDates());
rows.push([`MEANTIME dates (${dates.gold} gold)`, 'found', percent(dates.found, dates.gold)]);
rows.push(['MEANTIME dates', 'value recovered', percent(dates.valueRight, dates.gold)]);
for (const e of timed('meantime entities', () => evalMeantimeEntities())) {
  rows.push([`MEANTIME ${e.type} (${e.gold} gold)`, 'recovered (recall)', percent(e.recovered, e.gold)]);
  rows.push([`MEANTIME ${e.type}`, 'precision', percent(e.correct, e.predicted)]);
}
rows.push(...polnearRows(timed('polnear', () => evalPolnearParts({ share: quick ? QUICK_SHARE : 1 }))));

const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), 8];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
console.log(line(['set', 'measure', 'score']));
console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
