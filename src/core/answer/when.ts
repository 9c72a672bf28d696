import type { NewsIndex } from '../index/newsIndex.js';
import type { AnswerOptions } from './options.js';
import { decide, type BuiltAnswers } from './rank/decide.js';
import { gather } from './rank/gather.js';
import { rankerModel } from './rank/model.js';

/**
 * Dates of the topic, resolved against each report's date, best first by the learned answer
 * ranker; one answer per date value (or span).
 */
export function answerWhen(index: NewsIndex, query: string, options: AnswerOptions): BuiltAnswers {
  const { hits, candidates } = gather(index, 'when', query, options);
  return decide(candidates, hits, rankerModel().when, options.limit);
}
