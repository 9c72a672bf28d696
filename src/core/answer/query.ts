import { lexiconTags } from '../text/lexicon.js';
import { termsOf } from '../text/terms.js';
import type { ParsedQuery } from '../types.js';

export type { ParsedQuery } from '../types.js';

/** What a question may be limited to, carried into `ParsedQuery` as given. */
export type QueryLimits = Pick<ParsedQuery, 'from' | 'to' | 'speaker' | 'reports'>;

/** Longest queries considered, in characters; the rest is ignored. */
export const MAX_QUERY_CHARS = 500;

/** The auxiliaries that may follow a time question ("in what year did"). */
const AUXILIARY = '(?:did|does|do|was|were|is|are|will|has|have|had)';
/** The auxiliaries, and the modals, that may follow a question word. */
const AUXILIARY_OR_MODAL = '(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should)';
/** The nouns of a time ("what year", "which months"). */
const TIME_NOUN = '(?:years?|dates?|days?|months?|times?|decades?|century|centuries|periods?|eras?)';
/** "In what year did", "which month was", "what month, day and year did": a question about a time, up to its verb. */
const TIME_QUESTION =
  String.raw`^(?:(?:in|on|at|during|since|until|by)\s+)?(?:what|which)\s+` +
  String.raw`${TIME_NOUN}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)${TIME_NOUN})*\s+(?:${AUXILIARY}\s+)?`;
/** "How long ago did". */
const HOW_LONG_AGO = String.raw`^how\s+long\s+ago\s+(?:(?:did|was|were)\s+)?`;
/** "Who", "who's", "when did", "what was", … */
const QUESTION_WORD = String.raw`^(?:who|whom|whose|when|what|where|which|how)(?:'s|\s+${AUXILIARY_OR_MODAL}\b)?\s*`;
/** The question words a question opens with: taken off to leave its topic. */
const QUESTION_FRAME = new RegExp(`${TIME_QUESTION}|${HOW_LONG_AGO}|${QUESTION_WORD}`, 'i');

/** The question's topic and terms, with the limits the answers are to keep to. */
export function parseQuery(raw: string, limits: QueryLimits = {}): ParsedQuery {
  const trimmed = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  const topic =
    trimmed
      .replace(QUESTION_FRAME, '')
      .replace(/[?!.]+$/, '')
      .trim() || trimmed;
  const parsed: ParsedQuery = { raw: trimmed, topic, terms: termsOf(topic) };
  for (const key of ['from', 'to', 'speaker'] as const) {
    const value = limits[key];
    if (value) parsed[key] = value;
  }
  if (limits.reports) parsed.reports = limits.reports;
  return parsed;
}

/** A question typed after its command may open with its verb: "/who is Ann Roe?", "/when did the plant open?". */
const OPENS_WITH_AUXILIARY = new RegExp(`^${AUXILIARY_OR_MODAL}\\s`, 'i');
/** compromise's tags of a verb that can follow "who" ("won", "leads", "lead"). */
const FINITE_VERB = /^(?:PastTense|PresentTense|Infinitive)$/;

/**
 * The question as asked: a command names its question word, so a question typed after it without
 * one gets it back ("is Ann Roe?" after `/who` reads "who is Ann Roe?"), and the parts of the
 * answer that read the question's form ("who is X", "who did X meet") read it as written in full.
 * A topic alone ("Minister of Defense", "the plant's opening") stays as it is.
 */
export function withQuestionWord(kind: 'who' | 'when', query: string): string {
  const trimmed = query.trimStart();
  if (OPENS_WITH_AUXILIARY.test(trimmed)) return `${kind} ${trimmed}`;
  const first = /^[a-z]+/.exec(trimmed)?.[0];
  const verb = first && (/^[a-z]{3,}ed$/.test(first) || lexiconTags(first).some((t) => FINITE_VERB.test(t)));
  if (kind === 'who' && verb) return `who ${trimmed}`;
  return query;
}
