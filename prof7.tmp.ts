import { readFileSync } from 'node:fs';
import { annotateWithin } from './src/core/extract/annotateBudget.js';
const news = readFileSync('../shared/data/corpus/reuters21578.jsonl', 'utf8').split('\n').slice(0, 600).map((l) => JSON.parse(l).text as string);
for (const t of news.slice(0, 100)) annotateWithin({ text: t, date: '2020-01-01' }, 5000);
const t0 = performance.now(); let chars = 0;
for (const t of news.slice(100)) { annotateWithin({ text: t, date: '2020-01-01' }, 5000); chars += t.length; }
console.log('ms/KB', ((performance.now() - t0) / (chars / 1024)).toFixed(2), 'KB', (chars / 1024).toFixed(0));
