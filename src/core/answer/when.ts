import { answersQuestion } from '../extract/dates/answerKinds.js';
import type { NewsIndex } from '../index/newsIndex.js';
import { processTerm, termsOf } from '../text/terms.js';
import type { Answer, DateMention } from '../types.js';
import { citeHit, contextFit, normalizedScores, round } from './citation.js';
import type { AnswerOptions } from './options.js';
import { parseQuery } from './query.js';

/** How much the question's words right around the answer count. */
const LOCAL_WEIGHT = 0.8;
/** How closely the question's words surround the answer. */
const ALIGN_WEIGHT = 2;
/** How much being close to the words the search matched counts. */
const PROXIMITY_WEIGHT = 0.45;
const PRECISION_BONUS = { day: 0.06, month: 0.03, year: 0 } as const;
/** A date inside a quotation is less often the date of the event asked about. */
const IN_QUOTE_FACTOR = 0.8;
/** "Baku. 5 December." before the first sentence is the report's own date, not an event's. */
const DATELINE_FACTOR = 0.6;

/** Dates of the topic, resolved against each report's date, best first; one answer per date value (or span). */
export function answerWhen(index: NewsIndex, query: string, options: AnswerOptions): { total: number; answers: Answer[] } {
  const parsed = parseQuery(query);
  const hits = index.search(parsed.topic, { from: options.from, to: options.to, reports: options.reports, limit: options.passages });
  const weights = normalizedScores(hits);
  const queryWords = new Set(termsOf(parsed.raw));
  const byValue = new Map<string, { answer: Answer; support: number }>();
  const annotated = index.annotationsFor(hits);
  hits.forEach((hit, i) => {
    const annotations = annotated[i];
    if (!annotations) return;
    const matched = new Set(hit.terms);
    for (const date of annotations.dates) {
      if (!answersQuestion(date, parsed.raw)) continue;
      if (date.start < hit.passage.start || date.end > hit.passage.end) continue;
      if (termsOf(date.text).length > 0 && termsOf(date.text).every((t) => queryWords.has(t))) continue;
      const { proximity, local, aligned } = contextFit(hit.passage.text, hit.passage.start, date, parsed.terms, matched, processTerm);
      let score = weights[i]! * (1 + PROXIMITY_WEIGHT * proximity + LOCAL_WEIGHT * local + ALIGN_WEIGHT * aligned) + PRECISION_BONUS[date.precision];
      if (annotations.quotes.some((q) => date.start >= q.start && date.end <= q.end)) score *= IN_QUOTE_FACTOR;
      if (isDateline(date, hit.report.date)) score *= DATELINE_FACTOR;
      const key = date.until ? `${date.value}/${date.until}` : date.value;
      const entry = byValue.get(key);
      const citation = citeHit(hit, date);
      if (!entry) {
        byValue.set(key, { answer: toAnswer(date, score, citation), support: 1 });
        continue;
      }
      entry.support++;
      if (score > entry.answer.score) {
        const replaced = toAnswer(date, score, citation);
        replaced.citations.push(...entry.answer.citations);
        entry.answer = replaced;
      } else {
        entry.answer.citations.push(citation);
      }
      entry.answer.citations.length = Math.min(entry.answer.citations.length, options.citations);
    }
  });
  const answers = [...byValue.values()]
    .map(({ answer, support }) => ({ ...answer, score: round(answer.score + 0.04 * Math.min(support - 1, 5)) }))
    .sort((a, b) => b.score - a.score);
  return { total: answers.length, answers: answers.slice(0, options.limit) };
}

function toAnswer(date: DateMention, score: number, citation: Answer['citations'][number]): Answer {
  const until = date.until ? { until: date.until } : {};
  return { text: date.text, score, date: date.value, precision: date.precision, ...until, citations: [citation] };
}

function isDateline(date: DateMention, reportDate: string | null): boolean {
  return date.start < 60 && reportDate !== null && date.value === reportDate;
}
