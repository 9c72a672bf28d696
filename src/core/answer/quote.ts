import { isRoleNoun } from '../extract/quotes/speakerPhrase.js';
import type { NewsIndex, PassageHit } from '../index/newsIndex.js';
import { termsOf } from '../text/terms.js';
import type { Answer, QuoteMention } from '../types.js';
import { citeHit, normalizedScores, round } from './citation.js';
import type { AnswerOptions } from './options.js';
import { parseQuery } from './query.js';

const SPEAKER_BONUS = 0.5;
const CONTENT_WEIGHT = 0.5;
const ATTRIBUTED_BONUS = 0.15;

/** Quotations about the topic with their speakers, best first. */
export function answerQuote(
  index: NewsIndex,
  query: string,
  options: AnswerOptions,
): { total: number; answers: Answer[] } {
  const parsed = parseQuery(query.replace(/\b(?:quotes?|quoted|quotations?|said|says|say)\b/gi, ' '));
  const hits = index.search(parsed.topic, {
    from: options.from,
    to: options.to,
    reports: options.reports,
    limit: options.passages,
  });
  const weights = normalizedScores(hits);
  const speakerFilter = options.speaker?.trim().toLowerCase();
  const found = new Map<string, Answer>();
  const annotated = index.annotationsFor(hits);
  hits.forEach((hit, i) => {
    for (const quote of annotated[i]?.quotes ?? []) {
      if (quote.end <= hit.passage.start || quote.start >= hit.passage.end) continue;
      if (speakerFilter && !speaks(quote, speakerFilter)) continue;
      const key = `${hit.report.id}:${quote.start}`;
      const score = scoreQuote(quote, weights[i]!, parsed.terms);
      const existing = found.get(key);
      if (existing && existing.score >= score) continue;
      found.set(key, toAnswer(quote, score, hit));
    }
  });
  if (speakerFilter && found.size === 0 && parsed.terms.length === 0) addSpeakerQuotes(index, speakerFilter, found);
  const answers = mergeRepeated(
    [...found.values()].sort((a, b) => b.score - a.score),
    options.citations,
  );
  return { total: answers.length, answers: answers.slice(0, options.limit) };
}

/** The words of a quotation as compared across reports: case, spacing and closing punctuation aside. */
const sameWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:!?…]+$/u, '')
    .trim();

/**
 * One answer for a quotation several reports carry word for word (a story filed again, a
 * correction), citing each of them, up to `citations`; the best-scored copy leads.
 */
function mergeRepeated(answers: Answer[], citations: number): Answer[] {
  const byWords = new Map<string, Answer>();
  const out: Answer[] = [];
  for (const answer of answers) {
    const key = `${sameWords(answer.text)}\u0000${answer.speaker ?? ''}`;
    const first = byWords.get(key);
    if (!first) {
      const copy = { ...answer, citations: [...answer.citations] };
      byWords.set(key, copy);
      out.push(copy);
    } else if (first.citations.length < citations) {
      first.citations.push(...answer.citations.slice(0, citations - first.citations.length));
    }
  }
  return out;
}

function scoreQuote(quote: QuoteMention, passageWeight: number, terms: string[]): number {
  const quoteTerms = new Set(termsOf(quote.text));
  const speakerTerms = new Set(termsOf(`${quote.speaker ?? ''} ${quote.quoting ?? ''}`));
  const content = terms.length ? terms.filter((t) => quoteTerms.has(t)).length / terms.length : 0;
  const speaker = terms.some((t) => speakerTerms.has(t)) ? SPEAKER_BONUS : 0;
  return round(passageWeight + CONTENT_WEIGHT * content + speaker + (quote.speaker ? ATTRIBUTED_BONUS : 0));
}

function speaks(quote: QuoteMention, filter: string): boolean {
  return [quote.speaker, quote.speakerSurface].some((name) => name?.toLowerCase().includes(filter));
}

function toAnswer(quote: QuoteMention, score: number, hit: PassageHit): Answer {
  return {
    text: quote.text,
    score,
    speaker: shownSpeaker(quote),
    quoting: quote.quoting,
    citations: [citeHit(hit, quote)],
  };
}

/** A role the report gives the speaker ("the mayor of Lakeview"), shown where no name is resolved. */
const ROLE_PHRASE = /^(?:the|a|an)\s/i;

/** Who said it, as the answer shows it: the resolved name, else the role the report writes in its place. */
function shownSpeaker(quote: QuoteMention): string | null {
  if (quote.speaker) return quote.speaker;
  const surface = quote.speakerSurface;
  return surface && ROLE_PHRASE.test(surface) && isRoleNoun(surface) ? surface : null;
}

/** `/quote speaker:Cooper` with no topic: that speaker's quotations in annotated reports, newest first. */
function addSpeakerQuotes(index: NewsIndex, filter: string, found: Map<string, Answer>): void {
  const reports = [...index.reports()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const report of reports) {
    for (const quote of index.cachedAnnotations(report.id)?.quotes ?? []) {
      if (!speaks(quote, filter)) continue;
      const passage = index.passagesOf(report.id).find((p) => quote.start < p.end && p.start < quote.end);
      if (!passage) continue;
      found.set(`${report.id}:${quote.start}`, toAnswer(quote, 1, { passage, report, score: 1, terms: [] }));
      if (found.size >= 100) return;
    }
  }
}
