import type { NewsIndex, PassageHit } from '../../index/newsIndex.js';
import { alternateTerms } from '../../text/initialisms.js';
import { verbForms } from '../../text/verbForms.js';
import { isCommonWord } from '../../text/commonWords.js';
import { processTerm, tokenize } from '../../text/terms.js';
import type { AnswerOptions } from '../options.js';
import { parseQuery, withQuestionWord, type ParsedQuery } from '../query.js';
import type { RankCandidate } from './candidates.js';
import { hitContexts } from './features.js';
import { leadingTitles } from './leadership.js';
import { respelled } from './respelled.js';
import { whenCandidates } from './when.js';
import { whoCandidates } from './who.js';

/** A question's passages and the candidate answers read from them. */
export interface Gathered {
  parsed: ParsedQuery;
  hits: PassageHit[];
  candidates: RankCandidate[];
}

/** Searches the question's topic and reads the candidate answers of one kind off the passages found. */
export function gather(index: NewsIndex, kind: 'who' | 'when', query: string, options: AnswerOptions): Gathered {
  const parsed = parseQuery(withQuestionWord(kind, query));
  const filter = { from: options.from, to: options.to, reports: options.reports, limit: options.passages };
  // "who leads X?" also searches the titles of the one at the top ("X CEO Tom Abel")
  const leading = kind === 'who' ? leadingTitles(parsed.raw, parsed.terms) : [];
  // "her disappearance" also searches "disappeared", "his election" "elected"
  const also = [...leading, ...verbForms(parsed.terms)];
  const hits = index.search(parsed.topic, filter, also);
  const alternates = [...alternateTerms(parsed.terms), ...also];
  // a word asked is held by the reports when it, or a term searched for it, is ("lead" by "CEO")
  const reportsWith = (term: string) =>
    Math.max(
      index.reportsWithTerm(term),
      ...alternates.filter((a) => a.asked === term || a.alsoAsked === term).map((a) => index.reportsWithTerm(a.term)),
    );
  // a title's initials ("CEO" for "chief executive" asked) count as asked where a passage is read; a
  // title's words for initials asked do not, since one of them alone ("executive") is not the title
  const initials = alternates.flatMap((a) => (a.initials && index.reportsWithTerm(a.term) > 0 ? [a.term] : []));
  // a misspelt word reads as the spelling the search found for it
  const terms = respelled(
    parsed.terms,
    hits.map((hit) => hit.terms),
    reportsWith,
    askedAsWord(parsed.topic),
  );
  const contexts = hitContexts(hits, [...terms, ...initials], parsed.raw, reportsWith);
  const annotated = index.annotationsFor(hits);
  const read = kind === 'who' ? whoCandidates : whenCandidates;
  return { parsed, hits, candidates: read(contexts, annotated, { ...parsed, terms }, options.citations) };
}

/** Whether a term of the question was written as a common English word (any of the words it stems from). */
function askedAsWord(topic: string): (term: string) => boolean {
  const words = tokenize(topic);
  return (term) => words.some((word) => processTerm(word) === term && isCommonWord(word));
}
