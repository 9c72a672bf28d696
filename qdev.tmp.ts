// dev loop: entity mentions cached on disk so quotation changes are scored fast
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { extractEntities } from '/work/wt/quotes/src/core/extract/entities/entities.js';
import { evalPolnearParts, polnearRows } from '/work/wt/quotes/eval/polnear.js';
mkdirSync('/tmp/qcache', { recursive: true });
const entitiesOf = (text: string) => {
  const f = '/tmp/qcache/' + createHash('sha1').update(text).digest('hex') + '.json';
  if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8'));
  const e = extractEntities(text); writeFileSync(f, JSON.stringify(e)); return e;
};
const share = process.argv.includes('--quick') ? 0.25 : 1;
const t = performance.now();
const r = evalPolnearParts({ share, entitiesOf, quoteOptions: { learnedSpeaker: process.argv.includes("--learned") } });
for (const row of polnearRows(r)) console.log(row.join(' | '));
console.log(((performance.now() - t) / 1000).toFixed(1), 's');
