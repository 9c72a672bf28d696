import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const run = promisify(execFile);
const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'src', 'cli', 'main.js'));

// dist/ is made by `npm ci` (prepare) or `npm run build`; without it these are skipped, saying so
describe.skipIf(!built)('the compiled JavaScript in dist/', () => {
  it('annotates in worker threads without tsx', async () => {
    const script = `
      const { annotateInWorkers } = await import(${JSON.stringify(join(DIST, 'src/core/extract/annotatePool.js'))});
      const stored = [];
      const text = 'On December 4, the Minister of Defense Zakir Hasanov met Laura Cooper in Baku.';
      const result = await annotateInWorkers([{ id: 'a', text, date: '2018-12-05' }], (id, json) => stored.push([id, json]), { workers: 1 });
      console.log(JSON.stringify({ failed: result.failed, stored }));`;
    // a file, not -e: a worker inherits the parent's flags, and --input-type is refused there
    const file = join(mkdtempSync(join(tmpdir(), 'newsdesk-compiled-')), 'annotate.mjs');
    writeFileSync(file, script);
    const { stdout } = await run(process.execPath, [file], { cwd: ROOT });
    const out = JSON.parse(stdout);
    expect(out.failed).toEqual([]);
    expect(out.stored[0][1]).toContain('Laura Cooper');
  }, 60_000);

  it('answers --help from the compiled CLI', async () => {
    const { stdout } = await run(process.execPath, [join(DIST, 'src/cli/main.js'), '--help'], { cwd: ROOT });
    expect(stdout).toMatch(/^Usage:/);
  });
});

if (!built) console.warn('test/reliability/compiled.test.ts: dist/ is missing (run npm run build); skipped');
