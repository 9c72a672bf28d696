import type { NewsIndex } from '../index/newsIndex.js';
import type { AnswerKind, AskResult, Citation, ParsedQuery } from '../types.js';
import { matchedSpans } from './highlight.js';
import { defaultAnswerOptions, type AnswerOptions } from './options.js';
import { parseQuery } from './query.js';
import type { BuiltAnswers } from './rank/decide.js';
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
  const built: BuiltAnswers = BUILDERS[command](index, query, settings);
  const parsed = parseQuery(query, settings);
  markMatches([...built.answers.flatMap((answer) => answer.citations), ...(built.nothingFound?.closest ?? [])], parsed);
  const result: AskResult = { command, query: parsed.raw, parsed, total: built.total, answers: built.answers };
  if (built.nothingFound) result.nothingFound = built.nothingFound;
  return result;
}

/** Sets each citation's matched spans: the words of its passage that have one of the topic's terms. */
function markMatches(citations: Citation[], parsed: ParsedQuery): void {
  const terms = new Set(parsed.terms);
  const byPassage = new Map<string, Citation['matches']>();
  for (const citation of citations) {
    let matches = byPassage.get(citation.passage);
    if (!matches) {
      matches = matchedSpans(citation.passage, terms);
      byPassage.set(citation.passage, matches);
    }
    citation.matches = matches.map((span) => ({ ...span }));
  }
}
