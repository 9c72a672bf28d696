// npm run eval: scores the pipeline on ../shared/data/dev and prints one table (tune and check parts).
import { hasSharedData, DATA_DIR } from './data.js';
import { INTERVAL_DEFAULTS } from './interval.js';
import { feedbackRows } from './feedback.js';
import { conllRows, meantimeRows, polnearRows, tempevalRows } from './modules.js';
import { qamrRows } from './qamr.js';
import { formatGaps, formatRows, type EvalRow } from './rows.js';
import { squadRows } from './squad.js';

if (!hasSharedData()) {
  console.error(`eval: ${DATA_DIR} is absent; the quality harness needs ../shared/data beside the project.`);
  process.exit(2);
}

/** One eval module: its name (for timings) and its rows, smaller and faster in quick mode. */
interface EvalModule {
  name: string;
  rows: (quick: boolean) => EvalRow[];
}

/** Every module of the table, in print order; add a module's entry here. */
const MODULES: EvalModule[] = [
  { name: 'squad', rows: (quick) => squadRows(quick ? 300 : undefined) },
  { name: 'qamr', rows: (quick) => qamrRows(quick ? 600 : undefined) },
  { name: 'meantime', rows: () => meantimeRows() },
  { name: 'tempeval', rows: () => tempevalRows() },
  { name: 'conll', rows: (quick) => conllRows(quick) },
  { name: 'polnear', rows: (quick) => polnearRows(quick) },
];

const quick = process.argv.includes('--quick');
// --feedback=FILE: the verdicts `npm run -s cli -- feedback export` wrote, scored as a set of their own
const feedbackFile = process.argv.find((a) => a.startsWith('--feedback='))?.slice('--feedback='.length);
if (feedbackFile) MODULES.push({ name: 'feedback', rows: () => feedbackRows(feedbackFile) });
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const rows: EvalRow[] = [];
for (const module of MODULES) {
  if (only && !only.includes(module.name)) continue;
  const start = performance.now();
  rows.push(...module.rows(quick));
  process.stderr.write(`${module.name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}
console.log(formatRows(rows));
console.log('\nstrict: exact match / exact spans and values; lenient: token F1 / overlapping spans. n: items scored.');
console.log(
  `95 % by article: the interval of ${INTERVAL_DEFAULTS.draws.toLocaleString('en')} resamples of the part's articles (items of one article rise and fall together).`,
);
const gaps = formatGaps(rows);
if (gaps.split('\n').length > 2) {
  console.log(`\nTune − check gaps (tune minus check; an interval that holds 0 is a gap within chance):\n${gaps}`);
}
