import type { ConversationTurn } from '../conversation.js';
import type { AnswerKind, AskResult } from '../types.js';
import type { AnswerOptions } from './options.js';
import { parseQuery } from './query.js';
import { isFollowUp, routeQuestion, type RoutedQuestion } from './route.js';

/** A question asked in conversation, answered. */
export interface ChatAnswer {
  /** Which kind of question it was taken for, and why. */
  routed: RoutedQuestion;
  /** The answers. */
  result: AskResult;
  /** What to remember for a follow-up to this answer. */
  turn: ConversationTurn;
}

/** What answers a question of a given kind (the desk does). */
export interface Asker {
  ask(command: AnswerKind, query: string, options?: Partial<AnswerOptions>): AskResult;
}

/** Words that point back at the previous answer and carry no topic of their own. */
const BACK_REFERENCES =
  /\b(?:and|so|but|also|that|this|it|then|there|them|he|she|they|his|her|else|more|was|is|did|does)\b/gi;

/**
 * Answers a question asked in conversation. A follow-up ("and when was that?") to an earlier
 * answer is asked again with that answer's topic, within the reports its first answer cited.
 */
export function answerChat(
  desk: Asker,
  text: string,
  previous?: ConversationTurn,
  options: Partial<AnswerOptions> = {},
): ChatAnswer {
  const routed = routeQuestion(text);
  let query = routed.query;
  let scoped: Partial<AnswerOptions> = options;
  if (previous && isFollowUp(text)) {
    const own = parseQuery(text).topic.replace(BACK_REFERENCES, ' ').replace(/[?!.]/g, ' ').trim();
    query = `${parseQuery(previous.query).topic} ${own}`.trim();
    if (previous.reports.length) scoped = { ...options, reports: previous.reports };
  }
  const result = desk.ask(routed.command, query, scoped);
  // "that" is the answer shown first: the follow-up stays within the reports it cites (the other
  // answers are drawn from other reports on purpose)
  const reports = [...new Set((result.answers[0]?.citations ?? []).map((c) => c.reportId))];
  const turn = { command: routed.command, query, reports: reports.length ? reports : (previous?.reports ?? []) };
  return { routed, result, turn };
}
