import type { NewsIndex } from '../index/newsIndex.js';
import type { Answer, AnswerKind, AskResult, ParsedQuery } from '../types.js';
import { matchedSpans } from './highlight.js';
import { defaultAnswerOptions, type AnswerOptions } from './options.js';
import { parseQuery } from './query.js';
import { answerQuote } from './quote.js';
import { answerSearch } from './search.js';
import { answerWhen } from './when.js';
import { answerWho } from './who.js';

const BUILDERS = { who: answerWho, when: answerWhen, quote: answerQuote, search: answerSearch } as const;

/** Every kind of question, in the order they are offered. */
export const ANSWER_KINDS: readonly AnswerKind[] = ['who', 'when', 'quote', 'search'];

/**
 * Answers one question of one kind as plain data: the answers (none when nothing is
 * found), the question as parsed with its limits, and on each citation the passage's
 * words that match the question, so that no renderer parses the question again.
 */
export function ask(
  index: NewsIndex,
  command: AnswerKind,
  query: string,
  options: Partial<AnswerOptions> = {},
): AskResult {
  const settings = { ...defaultAnswerOptions, ...options };
  const { total, answers } = BUILDERS[command](index, query, settings);
  const parsed = parseQuery(query, settings);
  markMatches(answers, parsed);
  return { command, query: parsed.raw, parsed, total, answers };
}

/** Sets each citation's matched spans: the words of its passage that have one of the topic's terms. */
function markMatches(answers: Answer[], parsed: ParsedQuery): void {
  const terms = new Set(parsed.terms);
  const byPassage = new Map<string, Answer['citations'][number]['matches']>();
  for (const citation of answers.flatMap((answer) => answer.citations)) {
    let matches = byPassage.get(citation.passage);
    if (!matches) {
      matches = matchedSpans(citation.passage, terms);
      byPassage.set(citation.passage, matches);
    }
    citation.matches = matches.map((span) => ({ ...span }));
  }
}
