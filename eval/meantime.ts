import { extractDates } from '../src/core/extract/dates/dates.js';
import { readJsonl } from './data.js';
import { tally, type ArticleTally } from './interval.js';
import { type Part, partOf } from './split.js';

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
  sentence: string;
  sentence_index: number;
}
/**
 * Counts of one part: gold calendar dates found, value right strictly (same offsets, exact value)
 * and as TempEval-3 scores values (a mention overlapping the gold's offsets, exact value).
 */
export interface DateScores {
  part: Part;
  gold: number;
  /** Our mention has the gold's offsets. */
  found: number;
  /** Same offsets and exactly the gold value. */
  valueRight: number;
  /** Our mention overlaps the gold's offsets (TempEval-3's relaxed match). */
  lenientFound: number;
  /** An overlapping mention with exactly the gold value (TempEval-3's value rule). */
  lenientValueRight: number;
  /** `valueRight` article by article (for the bootstrap interval). */
  valueRightByArticle: Map<string, ArticleTally>;
  /** `lenientValueRight` article by article. */
  lenientValueRightByArticle: Map<string, ArticleTally>;
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Gold DATE expressions with a calendar value (YYYY, YYYY-MM, YYYY-MM-DD), per tune/check part. */
export function evalMeantimeDates(): DateScores[] {
  const articles = new Map(readJsonl<Article>('dev/meantime_articles.jsonl').map((a) => [a.id, a]));
  const gold = readJsonl<Timex>('dev/meantime_timex_gold.jsonl').filter(
    (t) => t.type === 'DATE' && CALENDAR_VALUE.test(t.value) && !t.is_title,
  );
  const cache = new Map<string, ReturnType<typeof extractDates>>();
  const scores = new Map<Part, DateScores>();
  for (const part of ['tune', 'check'] as const) {
    scores.set(part, {
      part,
      gold: 0,
      found: 0,
      valueRight: 0,
      lenientFound: 0,
      lenientValueRight: 0,
      valueRightByArticle: new Map(),
      lenientValueRightByArticle: new Map(),
    });
  }
  const seen = new Map<string, number>();
  for (const timex of gold) {
    const article = articles.get(timex.doc_id);
    if (!article) continue;
    const score = scores.get(partOf(article.id))!;
    score.gold++;
    let dates = cache.get(article.id);
    if (!dates) {
      dates = extractDates(article.text, article.date);
      cache.set(article.id, dates);
    }
    const offsets = locate(article.text, timex, seen);
    const exact = offsets ? dates.find((d) => d.start === offsets.start && d.end === offsets.end) : undefined;
    if (exact) score.found++;
    const right = exact?.value === timex.value ? 1 : 0;
    score.valueRight += right;
    tally(score.valueRightByArticle, article.id, right);
    const overlapping = offsets ? dates.filter((d) => d.start < offsets.end && offsets.start < d.end) : [];
    const lenientRight = overlapping.some((d) => d.value === timex.value) ? 1 : 0;
    tally(score.lenientValueRightByArticle, article.id, lenientRight);
    if (overlapping.length === 0) continue;
    score.lenientFound++;
    score.lenientValueRight += lenientRight;
  }
  return [...scores.values()];
}

/**
 * The gold expression's offsets in the article: its sentence found in the text, then the
 * expression inside it (the n-th time the same expression is listed for that sentence).
 */
function locate(text: string, timex: Timex, seen: Map<string, number>): { start: number; end: number } | null {
  const sentenceAt = text.indexOf(timex.sentence);
  if (sentenceAt < 0) return null;
  const key = `${timex.doc_id}:${timex.sentence_index}:${timex.text}`;
  const nth = seen.get(key) ?? 0;
  seen.set(key, nth + 1);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = timex.sentence.indexOf(timex.text, at + 1);
    if (at < 0) return null;
  }
  return { start: sentenceAt + at, end: sentenceAt + at + timex.text.length };
}

// People, organisations and places: strict and lenient, per tune/check part.
export { evalMeantimeEntities, meantimeEntityRows, type EntityScores } from './meantimeEntities.js';
