import { readJsonl } from './eval/data.ts';
import { partOf } from './eval/split.ts';
import { extractDates } from './src/core/extract/dates/dates.ts';
const arts = new Map(readJsonl<any>('dev/meantime_articles.jsonl').map((a) => [a.id, a]));
const gold = readJsonl<any>('dev/meantime_timex_gold.jsonl').filter((t) => t.type === 'DATE' && /^\d{4}(-\d\d(-\d\d)?)?$/.test(t.value) && !t.is_title);
for (const t of gold) {
  const a = arts.get(t.doc_id)!;
  const s = a.text.indexOf(t.sentence);
  const at = s < 0 ? -1 : s + t.sentence.indexOf(t.text);
  const ours = extractDates(a.text, a.date);
  const exact = ours.find((d) => d.start === at && d.end === at + t.text.length);
  if (exact && exact.value === t.value) continue;
  const near = ours.filter((d) => at >= 0 && d.start < at + t.text.length + 5 && at - 5 < d.end);
  console.log(partOf(a.id), a.date, `"${t.text}"=${t.value}`, s < 0 ? 'SENTENCE NOT FOUND' : '', near.map((d) => `"${d.text}"=${d.value}`).join(' ; '), '|', t.sentence.slice(0, 120));
}
