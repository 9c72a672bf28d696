// npm run bench -- --worst: each worst-case shape indexed and annotated at growing sizes up to
// the loader's cap, each in its own process with a time limit, as ms per KB and in total.
// `--sizes=10000,100000` picks the sizes, `--timeout=60` the limit per run in seconds.
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
}

function runOne(shape: string, chars: number): ChildResult | null {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'worstCaseChild.ts'), `--shape=${shape}`, `--chars=${chars}`],
    { encoding: 'utf8', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
  );
  if (child.status !== 0) {
    if (child.signal) return null;
    throw new Error(`worstCaseRun: "${shape}" at ${chars} characters failed: ${child.stderr}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult;
}

const rows: string[] = [];
let yardstick: number | null = null;
for (const shape of WORST_SHAPES) {
  let cut = false;
  for (const chars of sizes) {
    const kb = chars / 1024;
    if (cut) {
      rows.push(`| ${shape.name} | ${chars} | not run (a smaller size was cut) | | |`);
      continue;
    }
    const result = runOne(shape.name, chars);
    if (!result) {
      cut = true;
      rows.push(`| ${shape.name} | ${chars} | >${timeoutSeconds} s (cut) | >${((timeoutSeconds * 1000) / kb).toFixed(1)} | |`);
      continue;
    }
    const total = result.indexMs + result.annotateMs;
    const perKb = total / kb;
    if (shape === WORST_SHAPES[0] && chars === sizes[sizes.length - 1]) yardstick = perKb;
    const ratio = yardstick && shape !== WORST_SHAPES[0] ? `${(perKb / yardstick).toFixed(2)}×` : '';
    rows.push(
      `| ${shape.name} | ${chars} | ${(total / 1000).toFixed(2)} s (index ${(result.indexMs / 1000).toFixed(2)}, ` +
        `annotate ${(result.annotateMs / 1000).toFixed(2)}) | ${perKb.toFixed(2)} | ${ratio} |`,
    );
    console.error(rows[rows.length - 1]);
  }
}
console.log(`\nWorst-case reports, time limit ${timeoutSeconds} s per run; ratio against ordinary news at the largest size\n`);
console.log('| shape | characters | total | ms per KB | ratio |\n|---|---|---|---|---|');
for (const row of rows) console.log(row);
