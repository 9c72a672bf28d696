// Runs the eval modules in child processes, one per core, so `npm run eval` takes about as long as
// its slowest group rather than the sum of all modules.
import { spawn } from 'node:child_process';
import type { EvalRow } from './rows.js';

/** A module as the planner sees it: its name and about how many seconds it takes. */
export interface ModuleCost {
  name: string;
  seconds: number;
}

/**
 * The modules in at most `workers` groups of about equal total time: the longest first, each to
 * the group with the least time so far (ties to the first group). Empty groups are left out.
 */
export function planGroups(modules: readonly ModuleCost[], workers: number): string[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(workers, modules.length)) }, () => ({
    names: [] as string[],
    seconds: 0,
  }));
  const longestFirst = [...modules].sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
  for (const module of longestFirst) {
    const least = groups.reduce((best, g) => (g.seconds < best.seconds ? g : best), groups[0]!);
    least.names.push(module.name);
    least.seconds += module.seconds;
  }
  return groups.filter((g) => g.names.length > 0).map((g) => g.names);
}

/** What a child writes on its standard output: each module's rows, by module name. */
export type RowsByModule = Record<string, EvalRow[]>;

/**
 * Runs `script` once per group in a child Node process (with this process's loader flags, so tsx
 * still reads TypeScript), passing the group as `--modules=a,b` with `args`, and gathers the rows
 * each child prints as JSON. A child's standard error (its timings, its warnings) goes to ours.
 * Rejects naming the modules of a child that fails or prints no rows.
 */
export async function rowsInChildren(script: string, groups: string[][], args: string[]): Promise<RowsByModule> {
  const results = await Promise.all(groups.map((group) => runChild(script, group, args)));
  return Object.assign({}, ...results) as RowsByModule;
}

function runChild(script: string, group: string[], args: string[]): Promise<RowsByModule> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, `--modules=${group.join(',')}`, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const failed = (why: string) => new Error(`eval: the child scoring ${group.join(', ')} ${why}`);
      if (signal) return reject(failed(`was stopped by ${signal}`));
      if (code !== 0) return reject(failed(`exited with code ${code}`));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as RowsByModule);
      } catch {
        reject(failed('printed no rows'));
      }
    });
  });
}
