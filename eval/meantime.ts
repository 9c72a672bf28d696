import { extractDates } from '../src/core/extract/dates/dates.js';
import { readJsonl } from './data.js';

interface Article {
  id: string;
  date: string;
  text: string;
}
interface Timex {
  doc_id: string;
  text: string;
  type: string;
  value: string;
  is_title: boolean;
}
export interface DateScores {
  gold: number;
  found: number;
  valueRight: number;
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Gold DATE expressions with a calendar value (YYYY, YYYY-MM, YYYY-MM-DD): found, and found with the right value. */
export function evalMeantimeDates(): DateScores {
  const articles = new Map(readJsonl<Article>('dev/meantime_articles.jsonl').map((a) => [a.id, a]));
  const gold = readJsonl<Timex>('dev/meantime_timex_gold.jsonl').filter((t) => t.type === 'DATE' && CALENDAR_VALUE.test(t.value) && !t.is_title);
  const cache = new Map<string, ReturnType<typeof extractDates>>();
  const scores: DateScores = { gold: gold.length, found: 0, valueRight: 0 };
  for (const timex of gold) {
    const article = articles.get(timex.doc_id);
    if (!article) continue;
    let dates = cache.get(article.id);
    if (!dates) {
      dates = extractDates(article.text, article.date);
      cache.set(article.id, dates);
    }
    const text = timex.text.toLowerCase();
    const matches = dates.filter((d) => overlapsText(d.text.toLowerCase(), text));
    if (matches.length === 0) continue;
    scores.found++;
    if (matches.some((d) => d.value === timex.value || d.until === timex.value)) scores.valueRight++;
  }
  return scores;
}

function overlapsText(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

// People, organisations and places: strict and lenient, per tune/check part.
export { evalMeantimeEntities, meantimeEntityRows, type EntityScores } from './meantimeEntities.js';
