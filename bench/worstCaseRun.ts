// npm run bench -- --worst: each worst-case shape indexed and annotated at growing sizes up to
// the loader's cap, each in its own process with a time limit, as ms per KB and in total.
// `--sizes=10000,100000` picks the sizes, `--timeout=60` the limit per run in seconds, `--budget=5000` the
// annotation time budget in ms (the bot's by default; annotation stops there, as on the bot's thread).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { arg } from './corpus.js';
import { MAX_REPORT_CHARS, WORST_SHAPES } from './worstCase.js';

const sizes = (arg('sizes') ?? `20000,200000,${MAX_REPORT_CHARS}`).split(',').map(Number);
const timeoutSeconds = Number(arg('timeout') ?? 60);

interface ChildResult {
  chars: number;
  indexMs: number;
  annotateMs: number;
  annotatedChars: number;
  complete: boolean;
}

const budget = arg('budget');

function runOne(shape: string, chars: number): ChildResult | null {
  const script = join(import.meta.dirname, 'worstCaseChild.ts');
  const args = [
    '--import',
    'tsx',
    script,
    `--shape=${shape}`,
    `--chars=${chars}`,
    ...(budget ? [`--budget=${budget}`] : []),
  ];
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) {
    if (child.signal) return null;
    throw new Error(`worstCaseRun: "${shape}" at ${chars} characters failed: ${child.stderr}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** Index time over all the text plus annotation time over the text annotated, per KB. */
function msPerKb(result: ChildResult): number {
  const annotatedKb = Math.max(result.annotatedChars, 1) / 1024;
  return result.indexMs / (result.chars / 1024) + result.annotateMs / annotatedKb;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const rows: string[] = [];
const yardstick = new Map<number, number>();
for (const shape of WORST_SHAPES) {
  let cut = false;
  for (const chars of sizes) {
    const result = cut ? null : runOne(shape.name, chars);
    if (!result) {
      rows.push(
        `| ${shape.name} | ${chars} | ${cut ? 'not run (a smaller size was cut)' : `>${timeoutSeconds} s (cut)`} | | | |`,
      );
      cut = true;
      continue;
    }
    const perKb = msPerKb(result);
    if (shape === WORST_SHAPES[0]) yardstick.set(chars, perKb);
    const base = yardstick.get(chars);
    const ratio = base && shape !== WORST_SHAPES[0] ? `${(perKb / base).toFixed(2)}×` : '';
    const share = result.complete ? 'all' : `${((100 * result.annotatedChars) / result.chars).toFixed(0)} % (budget)`;
    const total = `${s(result.indexMs + result.annotateMs)} s (index ${s(result.indexMs)}, annotate ${s(result.annotateMs)})`;
    rows.push(`| ${shape.name} | ${chars} | ${total} | ${share} | ${perKb.toFixed(2)} | ${ratio} |`);
    console.error(rows[rows.length - 1]);
  }
}
console.log(
  `\nWorst-case reports, time limit ${timeoutSeconds} s per run; ratio against ordinary news of the same size\n`,
);
console.log('| shape | characters | total | annotated | ms per KB | ratio |\n|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
