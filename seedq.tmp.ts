import { readFileSync, readdirSync } from 'node:fs';
import { extractEntities } from './src/core/extract/entities/entities.js';
import { extractQuotes as after } from './src/core/extract/quotes/quotes.js';
import { extractQuotes as before } from '/tmp/before/src/core/extract/quotes/quotes.js';
for (const f of readdirSync('seeds/meantime')) {
  const text = readFileSync('seeds/meantime/' + f, 'utf8');
  const marks = (text.match(/[“”"]/g) ?? []).length;
  if (marks < 6) continue;
  const e = extractEntities(text);
  const a = after(text, e), b = before(text, e);
  console.log(f, 'marks', marks, 'before', b.length, 'after', a.length, 'named after', a.filter((q) => q.speaker).length);
  if (process.argv[2] === f) for (const q of a) console.log('  ', JSON.stringify([q.speaker, q.speakerSurface, q.text.slice(0, 60)]));
}
