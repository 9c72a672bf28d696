// Writes the MEANTIME Wikinews development articles (CC BY 4.0) as Markdown reports under seeds/meantime/.
// Run once by hand: npx tsx scripts/make-seeds.ts ../shared/data/dev/meantime_articles.jsonl
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = process.argv[2] ?? '../shared/data/dev/meantime_articles.jsonl';
const out = 'seeds/meantime';
mkdirSync(out, { recursive: true });
let count = 0;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as {
    id: string;
    date: string;
    title: string;
    text: string;
    source: string;
    url: string;
  };
  const front = [
    '---',
    `id: ${JSON.stringify(article.id)}`,
    `title: ${JSON.stringify(article.title)}`,
    `date: ${article.date}`,
    `source: ${JSON.stringify(article.source)}`,
    `url: ${JSON.stringify(article.url)}`,
    '---',
  ].join('\n');
  writeFileSync(join(out, `${article.id}.md`), `${front}\n${article.text}\n`);
  count++;
}
console.log(`wrote ${count} reports to ${out}`);
