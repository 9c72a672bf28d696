// npm run fuzz: the hostile-input properties of test/reliability, run long, with the counts printed.
import fc from 'fast-check';
import { Newsdesk } from '../src/core/newsdesk.js';
import { checkWorstFolder } from './fuzzWorst.js';
import {
  checkFolder,
  checkQuery,
  checkSummaryFaults,
  counts,
  folderCase,
  hostileQuery,
} from '../test/reliability/properties.js';

const folders = Number(process.argv[2] ?? 400);
const queries = Number(process.argv[3] ?? 3000);
const days = Number(process.argv[4] ?? 200);
/** Length of each worst-case report (issue 17's shapes); 0 skips them. */
const worstChars = Number(process.argv[5] ?? 200_000);
const seed = Date.now() % 2_147_483_647;
console.log(`fuzz: seed ${seed}, ${folders} folders, ${queries} queries, ${days} summary days`);
let failed = false;
let lost = 0;
try {
  await fc.assert(
    fc.asyncProperty(folderCase, (files) => checkFolder(files)),
    { seed, numRuns: folders },
  );
  const desk = await Newsdesk.open('seeds');
  fc.assert(
    fc.property(hostileQuery, (query) => checkQuery(desk, query)),
    { seed, numRuns: queries },
  );
  await checkSummaryFaults(days, seed);
  if (worstChars > 0) {
    const worst = await checkWorstFolder(worstChars, Math.min(queries, 300), seed);
    lost = worst.lost.length;
    console.log(
      `worst-case reports of ${worstChars} characters: ${worst.reports} reports loaded, ` +
        `annotated in ${worst.warmUpSeconds.toFixed(1)} s, ${worst.incomplete} marked incomplete`,
    );
    if (lost) throw new Error(`reports lost: ${worst.lost.join(', ')}`);
  }
} catch (error) {
  failed = true;
  console.error((error as Error).message);
}
console.log(`files tried ${counts.filesTried} / loaded ${counts.loaded} / rejected ${counts.rejected}`);
console.log(`queries tried ${counts.queriesTried} (slowest command ${counts.slowestQueryMs.toFixed(0)} ms)`);
console.log(`faults injected ${counts.faultsInjected}, summaries posted ${counts.summariesPosted} (each exactly once)`);
console.log(
  `crashes ${counts.crashes}, pings ${counts.pings}, over Discord limits ${counts.overLimits}, lost reports ${lost}`,
);
process.exitCode = failed ? 1 : 0;
