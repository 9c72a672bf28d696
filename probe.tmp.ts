import { readJsonl } from './eval/data.ts';
import { partOf } from './eval/split.ts';
import { extractDates } from './src/core/extract/dates/dates.ts';
const docs = readJsonl<any>('dev/te3_tbaq_timex.jsonl').filter((d) => partOf(d.id) === 'tune');
let n = 0;
for (const d of docs) for (const t of d.timexes) if (t.text === 'a year ago' && t.value.includes('Q') && n++ < 3) {
  console.log(d.dct, JSON.stringify(d.text.slice(t.start - 300, t.end + 20)));
  console.log(extractDates(d.text, d.dct).filter((m) => m.start > t.start - 300 && m.start < t.end).map((m) => `${m.text}=${m.timex ?? m.value}`));
}
