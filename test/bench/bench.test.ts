import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED_DATA } from '../helpers/fixtures.js';

const shared = existsSync(SHARED_DATA);

describe.skipIf(!shared)('npm run bench --smoke (so the bench cannot rot)', () => {
  if (!shared) console.warn(`skipped: ${SHARED_DATA} is absent`);

  it('runs on a slice of Reuters and prints every figure', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench/run.ts'), '--smoke'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, timeout: 240_000 },
    );
    for (const row of [
      'ours: ingest to first answer',
      'raw MiniSearch addAll',
      'raw MiniSearch search',
      'ours: who',
      "ours: extractors' models loaded (the bot, before login)",
      'ours: who (cold, models loading on first use)',
      'ours: when',
      'ours: quote',
      'ours: search',
      'peak RSS',
      'bot: /report add (file) to a citing answer',
      'bot: first poll, 5 feeds × 20 items',
    ]) {
      expect(stdout).toContain(row);
    }
    expect(stdout).toMatch(/ours\/raw \d+\.\d+/);
    expect(stdout).toMatch(/p99 \d+\.\d ms/);
  }, 250_000);
});
