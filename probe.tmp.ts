import { readJsonl } from './eval/data.ts';
import { partOf } from './eval/split.ts';
const docs = readJsonl<any>('dev/te3_tbaq_timex.jsonl').filter((d) => partOf(d.id) === 'tune');
const W = ['sunday','monday','tuesday','wednesday','thursday','friday','saturday'];
const c = new Map<string, number>();
for (const d of docs) {
  const dct = new Date(d.dct + 'T00:00:00Z');
  for (const t of d.timexes) {
    const w = W.indexOf(t.text.toLowerCase());
    if (w < 0 || !/^\d{4}-\d\d-\d\d$/.test(t.value)) continue;
    const diff = Math.round((new Date(t.value + 'T00:00:00Z').getTime() - dct.getTime()) / 86400000);
    const same = w === dct.getUTCDay();
    const key = `${same ? 'same' : 'other'} diff=${diff} ${d.subcorpus}`;
    c.set(key, (c.get(key) ?? 0) + 1);
  }
}
console.log([...c].sort());
