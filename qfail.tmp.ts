import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extractQuotes } from '/work/wt/quotes/src/core/extract/quotes/quotes.js';
import { readJsonl } from '/work/wt/quotes/eval/data.js';
import { loadGold, nameOf, type PolnearArticle } from '/work/wt/quotes/eval/polnearGold.js';
const entitiesOf = (text: string) => JSON.parse(readFileSync('/tmp/qcache/' + createHash('sha1').update(text).digest('hex') + '.json', 'utf8'));
const all = new Map(readJsonl<PolnearArticle>('corpus/polnear_articles.jsonl').map((a) => [a.id, a]));
const gold = loadGold(all).filter((g) => g.part === 'tune');
const mode = process.argv[2];
const cache = new Map<string, any>();
let n = 0; const counts = new Map<string, number>();
for (const g of gold) {
  const text = all.get(g.articleId)!.text;
  if (!cache.has(g.articleId)) cache.set(g.articleId, extractQuotes(text, entitiesOf(text)));
  const quotes = cache.get(g.articleId);
  const exact = g.marked.map((m) => quotes.find((q: any) => q.start === m.start && q.end === m.end));
  const ov = quotes.filter((q: any) => g.pieces.some((p) => q.start < p.end && p.start < q.end));
  if (mode === 'span' && (exact.length === 0 || exact.some((q) => !q))) {
    n++; if (Math.random() < 0.15) console.log('GOLD', JSON.stringify(g.marked.map((m) => text.slice(m.start - 3, m.end + 3))), '\n OURS', JSON.stringify(ov.map((q: any) => text.slice(q.start - 3, q.end + 3))));
  }
  if (mode === 'spk' && exact.length && exact.every(Boolean)) {
    const s = exact[0]!.speaker; if (s && nameOf(s) === g.fullName) continue;
    n++; const k = `${g.fullName} <- ${s} (${exact[0]!.speakerSurface}) [${g.speaker}]`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
console.log(n);
if (mode === 'spk') { const a=[...counts].sort(() => Math.random() - 0.5).slice(0, 80); for (const [k, v] of a) console.log(v, k); }
