// npm run eval: scores the pipeline on ../shared/data/dev and prints one table (tune and check parts).
import { hasSharedData, DATA_DIR } from './data.js';
import { evalMeantimeDates, evalMeantimeEntities } from './meantime.js';
import { evalPolnear } from './polnear.js';
import { qamrRows } from './qamr.js';
import { formatRows, share, type EvalRow } from './rows.js';
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

// Sets not yet split into tune and check: their owners replace these adapters with row-returning modules.
function meantimeRows(): EvalRow[] {
  const dates = evalMeantimeDates();
  const rows: EvalRow[] = [
    {
      set: 'MEANTIME dates',
      part: 'all',
      measure: 'found',
      strict: null,
      lenient: share(dates.found, dates.gold),
      count: dates.gold,
    },
    {
      set: 'MEANTIME dates',
      part: 'all',
      measure: 'value recovered',
      strict: share(dates.valueRight, dates.gold),
      lenient: null,
      count: dates.gold,
    },
  ];
  for (const e of evalMeantimeEntities()) {
    const set = `MEANTIME ${e.type}`;
    rows.push({
      set,
      part: 'all',
      measure: 'recall (containment)',
      strict: null,
      lenient: share(e.recovered, e.gold),
      count: e.gold,
    });
    rows.push({
      set,
      part: 'all',
      measure: 'precision (containment)',
      strict: null,
      lenient: share(e.correct, e.predicted),
      count: e.predicted,
    });
  }
  return rows;
}

function polnearRows(quick: boolean): EvalRow[] {
  const q = evalPolnear(quick ? 60 : undefined);
  const set = 'PolNeAR named-speaker quotes';
  return [
    { set, part: 'all', measure: 'extracted', strict: null, lenient: share(q.extracted, q.gold), count: q.gold },
    { set, part: 'all', measure: 'speaker right', strict: share(q.speakerRight, q.gold), lenient: null, count: q.gold },
  ];
}

/** Every module of the table, in print order; add a module's entry here. */
const MODULES: EvalModule[] = [
  { name: 'squad', rows: (quick) => squadRows(quick ? 300 : undefined) },
  { name: 'qamr', rows: (quick) => qamrRows(quick ? 600 : undefined) },
  { name: 'meantime', rows: () => meantimeRows() },
  { name: 'polnear', rows: (quick) => polnearRows(quick) },
];

const quick = process.argv.includes('--quick');
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
