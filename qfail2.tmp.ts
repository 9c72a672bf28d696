import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractQuotes } from './src/core/extract/quotes/quotes.js';
import { readJsonl } from './eval/data.js';
import { loadGold, type PolnearArticle } from './eval/polnearGold.js';
const entitiesOf = (text: string) => JSON.parse(readFileSync('/tmp/qcache/' + createHash('sha1').update(text).digest('hex') + '.json', 'utf8'));
const all = new Map(readJsonl<PolnearArticle>('corpus/polnear_articles.jsonl').map((a) => [a.id, a]));
const gold = loadGold(all).filter((g) => g.part === 'tune');
const last = (s: string) => (s.split(/,|\(/)[0]!.trim().replace(/[’']s$/, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).pop() ?? s).replace(/[^\p{L}-]/gu, '').toLowerCase();
const cache = new Map<string, any>(); let nul = 0, wrong = 0; const ex: string[] = [];
for (const g of gold) {
  const text = all.get(g.articleId)!.text;
  if (!cache.has(g.articleId)) cache.set(g.articleId, extractQuotes(text, entitiesOf(text)));
  const ov = cache.get(g.articleId).filter((q: any) => g.pieces.some((p) => q.start < p.end && p.start < q.end));
  if (!ov.length) continue;
  if (ov.some((q: any) => [q.speaker, q.speakerSurface].some((s) => s && last(s) === last(g.speaker)))) continue;
  if (ov.every((q: any) => !q.speaker)) nul++; else wrong++;
  const q = ov[0]; const s = Math.max(0, q.start - 150);
  if (Math.random() < 0.12) ex.push(`GOLD ${g.speaker} | OURS ${q.speaker} (${q.speakerSurface})\n   ${JSON.stringify(text.slice(s, q.start).slice(-150))} ... ${JSON.stringify(text.slice(q.end, q.end + 120))}`);
}
console.log('null', nul, 'wrong', wrong); console.log(ex.slice(0, 30).join('\n'));
