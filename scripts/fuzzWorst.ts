// The worst-case report shapes of issue 17 in a reports folder beside the seeds: every report must
// load, every hostile question be answered in time without a ping, and annotation finish or be
// marked incomplete. Used by scripts/fuzz.ts.
import fc from 'fast-check';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_SHAPES } from '../bench/worstCase.js';
import { Newsdesk } from '../src/core/newsdesk.js';
import { checkQuery, hostileQuery } from '../test/reliability/properties.js';

export interface WorstFolderResult {
  reports: number;
  lost: string[];
  incomplete: number;
  warmUpSeconds: number;
}

/** Opens a folder of the seeds and one report of each hostile shape (`chars` long), then asks and warms up. */
export async function checkWorstFolder(chars: number, queries: number, seed: number): Promise<WorstFolderResult> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-worst-'));
  try {
    cpSync('seeds', dir, { recursive: true });
    const ids = HOSTILE_SHAPES.map((shape, i) => {
      writeFileSync(join(dir, `worst-${i}.txt`), `date 2020-01-0${i + 1}\n${shape.make(chars)}`);
      return `worst-${i}`;
    });
    const desk = await Newsdesk.open(dir);
    const lost = ids.filter((id) => !desk.report(id));
    const words = fc.constantFrom('Cooper', 'Laura Cooper', 'minister talks', 'Trade', '7777777', 'said');
    fc.assert(
      fc.property(fc.oneof(hostileQuery, words), (query) => checkQuery(desk, query)),
      { seed, numRuns: queries },
    );
    const warm = await desk.warmUp(undefined, { workers: 2 });
    if (warm.failed.length) throw new Error(`annotation failed: ${JSON.stringify(warm.failed).slice(0, 300)}`);
    return {
      reports: desk.counts().reports,
      lost,
      incomplete: desk.incompleteAnnotations,
      warmUpSeconds: warm.seconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
