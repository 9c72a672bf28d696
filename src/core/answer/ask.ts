import type { NewsIndex } from '../index/newsIndex.js';
import type { AnswerKind, AskResult } from '../types.js';
import { defaultAnswerOptions, type AnswerOptions } from './options.js';
import { parseQuery } from './query.js';
import type { BuiltAnswers } from './rank/decide.js';
import { answerQuote } from './quote.js';
import { answerSearch } from './search.js';
import { answerWhen } from './when.js';
import { answerWho } from './who.js';

const BUILDERS = { who: answerWho, when: answerWhen, quote: answerQuote, search: answerSearch } as const;

export const ANSWER_KINDS: readonly AnswerKind[] = ['who', 'when', 'quote', 'search'];

/** Answers one question of one kind as plain data. An empty list when nothing is found. */
export function ask(index: NewsIndex, command: AnswerKind, query: string, options: Partial<AnswerOptions> = {}): AskResult {
  const settings = { ...defaultAnswerOptions, ...options };
  const built: BuiltAnswers = BUILDERS[command](index, query, settings);
  const result: AskResult = { command, query: parseQuery(query).raw, total: built.total, answers: built.answers };
  if (built.nothingFound) result.nothingFound = built.nothingFound;
  return result;
}
