// npm run eval: scores the pipeline on ../shared/data/dev and prints one table (tune and check parts).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { hasSharedData, DATA_DIR } from './data.js';
import { INTERVAL_DEFAULTS } from './interval.js';
import { feedbackRows } from './feedback.js';
import { conllRows, meantimeRows, polnearRows, tempevalRows } from './modules.js';
import { planGroups, rowsInChildren, type RowsByModule } from './parallel.js';
import { qamrRows } from './qamr.js';
import { formatGaps, formatRows, type EvalRow } from './rows.js';
import { squadRows } from './squad.js';

if (!hasSharedData()) {
  console.error(`eval: ${DATA_DIR} is absent; the quality harness needs ../shared/data beside the project.`);
  process.exit(2);
}

/** One eval module: its name (for timings), its rows (smaller and faster in quick mode), its cost. */
interface EvalModule {
  name: string;
  rows: (quick: boolean) => EvalRow[];
  /** About how many seconds it takes in full (2 cores, 7 December): how the modules are shared out. */
  seconds: number;
}

/** Every module of the table, in print order; add a module's entry here. */
const MODULES: EvalModule[] = [
  { name: 'squad', rows: (quick) => squadRows(quick ? 300 : undefined), seconds: 65 },
  { name: 'qamr', rows: (quick) => qamrRows(quick ? 600 : undefined), seconds: 23 },
  { name: 'meantime', rows: () => meantimeRows(), seconds: 2 },
  { name: 'tempeval', rows: () => tempevalRows(), seconds: 1 },
  { name: 'conll', rows: (quick) => conllRows(quick), seconds: 12 },
  { name: 'polnear', rows: (quick) => polnearRows(quick), seconds: 65 },
];

const argument = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
const quick = process.argv.includes('--quick');
// --feedback=FILE: the verdicts `npm run -s cli -- feedback export` wrote, scored as a set of their own
const feedbackFile = argument('feedback');
if (feedbackFile) MODULES.push({ name: 'feedback', rows: () => feedbackRows(feedbackFile), seconds: 30 });
const only = argument('only')?.split(',');
const unknown = only?.filter((name) => !MODULES.some((m) => m.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `eval: --only names no module ${unknown.join(', ')} (modules: ${MODULES.map((m) => m.name).join(', ')})`,
  );
  process.exit(2);
}
const chosen = MODULES.filter((m) => !only || only.includes(m.name));

/** Each module's rows, computed here, its time on standard error. */
function rowsHere(modules: EvalModule[]): RowsByModule {
  const rows: RowsByModule = {};
  for (const module of modules) {
    const start = performance.now();
    rows[module.name] = module.rows(quick);
    process.stderr.write(`${module.name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }
  return rows;
}

/**
 * The modules shared out over one child process per core (`--workers=N` sets how many; 1 runs them
 * all in this process). Each child runs this script with `--modules=…` and prints its rows as JSON.
 */
async function allRows(): Promise<RowsByModule> {
  const workers = Number(argument('workers') ?? availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) throw new Error('eval: --workers must be a whole number, 1 or more');
  const groups = planGroups(chosen, workers);
  if (groups.length < 2) return rowsHere(chosen);
  process.stderr.write(`eval: ${groups.length} processes (${groups.map((g) => g.join(' + ')).join('; ')})\n`);
  const passed = process.argv.slice(2).filter((a) => a === '--quick' || a.startsWith('--feedback='));
  return rowsInChildren(fileURLToPath(import.meta.url), groups, passed);
}

async function main(): Promise<void> {
  const childModules = argument('modules')?.split(',');
  if (childModules) {
    process.stdout.write(JSON.stringify(rowsHere(MODULES.filter((m) => childModules.includes(m.name)))));
    return;
  }
  const started = performance.now();
  const byModule = await allRows();
  const missing = chosen.filter((m) => !byModule[m.name]).map((m) => m.name);
  if (missing.length > 0) throw new Error(`eval: no rows came back for ${missing.join(', ')}`);
  const rows = chosen.flatMap((m) => byModule[m.name]!);
  process.stderr.write(`all: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(formatRows(rows));
  console.log(
    '\nstrict: exact match / exact spans and values; lenient: token F1 / overlapping spans. n: items scored.',
  );
  console.log(
    `95 % by article: the interval of ${INTERVAL_DEFAULTS.draws.toLocaleString('en')} resamples of the part's articles (items of one article rise and fall together).`,
  );
  const gaps = formatGaps(rows);
  if (gaps.split('\n').length > 2) {
    console.log(`\nTune − check gaps (tune minus check; an interval that holds 0 is a gap within chance):\n${gaps}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
