import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { planGroups, type ModuleCost } from '../../eval/parallel.js';
import { ROOT, SHARED_DATA } from '../helpers/fixtures.js';

const costs = (pairs: Array<[string, number]>): ModuleCost[] => pairs.map(([name, seconds]) => ({ name, seconds }));

describe('planGroups', () => {
  it.each([
    [
      'two long modules apart, the short ones filling the lighter group',
      costs([
        ['alpha', 65],
        ['beta', 23],
        ['gamma', 2],
        ['delta', 1],
        ['epsilon', 12],
        ['zeta', 65],
      ]),
      2,
      [
        ['alpha', 'beta'],
        ['zeta', 'epsilon', 'gamma', 'delta'],
      ],
    ],
    [
      'one worker: one group, longest first',
      costs([
        ['a', 1],
        ['b', 5],
        ['c', 3],
      ]),
      1,
      [['b', 'c', 'a']],
    ],
    [
      'more workers than modules: one module each',
      costs([
        ['a', 1],
        ['b', 5],
      ]),
      4,
      [['b'], ['a']],
    ],
    ['no modules: no groups', [], 2, []],
    [
      'a worker count below one is read as one',
      costs([
        ['a', 1],
        ['b', 2],
      ]),
      0,
      [['b', 'a']],
    ],
  ])('%s', (_, modules, workers, groups) => {
    expect(planGroups(modules, workers)).toEqual(groups);
  });
});

const shared = existsSync(SHARED_DATA);
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'eval/run.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    timeout: 120_000,
  });

describe.skipIf(!shared)('npm run eval over child processes', () => {
  if (!shared) console.warn(`skipped: ${SHARED_DATA} is absent`);

  it('prints the same table from two children as from one process', async () => {
    const modules = '--only=meantime,tempeval';
    const [split, single] = await Promise.all([run([modules, '--workers=2']), run([modules, '--workers=1'])]);
    expect(split.stdout).toBe(single.stdout);
    // the modules ran in two children, and without them in none
    expect(split.stderr).toContain('eval: 2 processes (meantime; tempeval)');
    expect(single.stderr).not.toContain('processes');
    expect(split.stdout).toContain('| MEANTIME dates');
    expect(split.stdout).toContain('| TempEval-3 all types');
    // each child timed its own module
    expect(split.stderr).toMatch(/meantime: \d+\.\d s/);
    expect(split.stderr).toMatch(/tempeval: \d+\.\d s/);
  }, 150_000);

  it('fails naming the modules of a child that failed, and the file it could not read', async () => {
    const missing = join(ROOT, 'no-such-feedback.jsonl');
    const failed = run(['--only=feedback,tempeval', `--feedback=${missing}`, '--workers=2']);
    await expect(failed).rejects.toMatchObject({ code: 1 });
    const { stderr } = await failed.catch((error: { stderr: string }) => error);
    expect(stderr).toContain('no-such-feedback.jsonl');
    expect(stderr).toContain('eval: the child scoring feedback exited with code 1');
  }, 150_000);

  it.each([
    [['--only=squadd'], 2, '--only names no module squadd'],
    [['--only=tempeval,meantime', '--workers=none'], 1, '--workers must be a whole number'],
  ])(
    'refuses %j with a message naming the option',
    async (args, code, message) => {
      const refused = await run(args).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code });
      expect((refused as { stderr: string }).stderr).toContain(message);
    },
    150_000,
  );
});
