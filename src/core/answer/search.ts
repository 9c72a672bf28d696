import type { NewsIndex } from '../index/newsIndex.js';
import type { Answer } from '../types.js';
import { citeHit, round } from './citation.js';
import type { AnswerOptions } from './options.js';
import { parseQuery } from './query.js';

/** The passages that best match the topic. */
export function answerSearch(
  index: NewsIndex,
  query: string,
  options: AnswerOptions,
): { total: number; answers: Answer[] } {
  const parsed = parseQuery(query);
  const hits = index.search(parsed.topic, { from: options.from, to: options.to, reports: options.reports });
  const answers = hits
    .slice(0, options.limit)
    .map((hit) => ({ text: hit.passage.text, score: round(hit.score), citations: [citeHit(hit)] }));
  return { total: hits.length, answers };
}
