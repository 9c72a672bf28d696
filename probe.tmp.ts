import { readJsonl } from './eval/data.ts';
import { partOf } from './eval/split.ts';
const docs = readJsonl<any>('dev/te3_tbaq_timex.jsonl').filter((d) => partOf(d.id) === 'tune');
const words = ['now','right now','currently','current','recently','recent','the future','the past','soon','previously','earlier','already','daily','weekly','annually','quarterly','monthly','hourly','every day','the year','the past year','the quarter','this week','once','yet','the time','later','for years','years','months'];
for (const w of words) {
  const re = new RegExp(`\\b${w}\\b`, 'gi');
  let total = 0, gold = 0; const golds = new Map<string, number>();
  for (const d of docs) for (const m of d.text.matchAll(re)) { total++; const g = d.timexes.find((t: any) => t.start <= m.index && m.index + m[0].length <= t.end); if (g) { gold++; golds.set(g.type + ':' + g.text, (golds.get(g.type + ':' + g.text) ?? 0) + 1); } }
  console.log(w, total, gold, [...golds].slice(0, 6).map(([k, v]) => `${k}×${v}`).join(', '));
}
