import { isRoleNoun } from '../extract/quotes/speakerPhrase.js';
import type { NewsIndex, PassageHit } from '../index/newsIndex.js';
import { termsOf } from '../text/terms.js';
import type { Answer, EntityMention, QuoteMention, Report } from '../types.js';
import { citeHit, normalizedScores, round } from './citation.js';
import type { AnswerOptions } from './options.js';
import { parseQuery } from './query.js';
import { speakerAsked } from './speakerAsked.js';

const SPEAKER_BONUS = 0.5;
const CONTENT_WEIGHT = 0.5;
const ATTRIBUTED_BONUS = 0.15;

/**
 * Quotations about the topic with their speakers, best first. "What did Ann Roe say (about the
 * bridge)?" asks for Ann Roe's quotations only; when she is no person the reports name (a company,
 * a place), the question is searched as written instead.
 */
export function answerQuote(
  index: NewsIndex,
  query: string,
  options: AnswerOptions,
): { total: number; answers: Answer[] } {
  const asked = options.speaker ? null : speakerAsked(query);
  if (asked) {
    const theirs = quotesFound(index, asked.topic || asked.speaker, asked.speaker, !asked.topic, options);
    if (theirs.answers.length > 0 || theirs.namesPerson) return theirs;
  }
  const filter = options.speaker?.trim();
  return quotesFound(index, query, filter, false, options);
}

/**
 * The quotations of the passages `searched` finds, of `speaker` only when given. `all` adds the
 * speaker's other quotations in the reports found (the name's reports, when the name is what is
 * searched): a quotation whose passage does not name its speaker ("…,” she said") is found too,
 * and the work stays bounded by the search's reports. A speaker given with no topic reads the
 * annotated reports, newest first.
 */
function quotesFound(
  index: NewsIndex,
  searched: string,
  speaker: string | undefined,
  all: boolean,
  options: AnswerOptions,
): { total: number; answers: Answer[]; namesPerson: boolean } {
  const parsed = parseQuery(searched.replace(/\b(?:quotes?|quoted|quotations?|said|says|say)\b/gi, ' '));
  const hits = index.search(parsed.topic, {
    from: options.from,
    to: options.to,
    reports: options.reports,
    limit: options.passages,
  });
  const weights = normalizedScores(hits);
  const speakerFilter = speaker?.toLowerCase();
  const found = new Map<string, Answer>();
  const annotated = index.annotationsFor(hits);
  hits.forEach((hit, i) => {
    for (const quote of annotated[i]?.quotes ?? []) {
      if (quote.end <= hit.passage.start || quote.start >= hit.passage.end) continue;
      if (speakerFilter && !speaks(quote, speakerFilter, annotated[i]?.entities ?? [])) continue;
      const key = `${hit.report.id}:${quote.start}`;
      const score = scoreQuote(quote, weights[i]!, parsed.terms);
      const existing = found.get(key);
      if (existing && existing.score >= score) continue;
      found.set(key, toAnswer(quote, score, hit));
    }
  });
  if (speakerFilter && all) addOthersInReports(index, hits, weights, speakerFilter, found);
  if (speakerFilter && found.size === 0 && parsed.terms.length === 0) addSpeakerQuotes(index, speakerFilter, found);
  const answers = mergeRepeated(
    [...found.values()].sort((a, b) => b.score - a.score),
    options.citations,
  );
  const namesPerson =
    speakerFilter !== undefined &&
    annotated.some((a) => a?.entities.some((e) => e.type === 'person' && e.text.toLowerCase().includes(speakerFilter)));
  return { total: answers.length, answers: answers.slice(0, options.limit), namesPerson };
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

/**
 * Whether the quotation is the speaker's asked for: a name of the speaker or of whom they quote holds
 * the filter or is a word of it, or the role the report gives the speaker names it as a word
 * ("Apple" for Steve Jobs, "Apple CEO").
 */
function speaks(quote: QuoteMention, filter: string, entities: readonly EntityMention[]): boolean {
  const names = [quote.speaker, quote.speakerSurface, quote.quoting].flatMap((name) =>
    name ? [name.toLowerCase()] : [],
  );
  // a passage annotated alone may know the speaker by the surname only ("Roe" for "Ann Roe" asked)
  if (names.some((name) => name.includes(filter) || (name.length > 2 && ` ${filter} `.includes(` ${name} `))))
    return true;
  const role = quote.speaker ? entities.find((e) => e.text === quote.speaker && e.role)?.role : undefined;
  return role !== undefined && ` ${role.toLowerCase()} `.replace(/[^\p{L}\p{N}]+/gu, ' ').includes(` ${filter} `);
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

/**
 * The speaker's quotations in the reports of `hits` that no hit's passage holds, scored below those
 * it holds (half the report's best passage weight).
 */
function addOthersInReports(
  index: NewsIndex,
  hits: PassageHit[],
  weights: number[],
  filter: string,
  found: Map<string, Answer>,
): void {
  const best = new Map<string, { hit: PassageHit; weight: number }>();
  hits.forEach((hit, i) => {
    if (!best.has(hit.report.id)) best.set(hit.report.id, { hit, weight: weights[i]! });
  });
  for (const [reportId, { hit, weight }] of best) {
    const annotations = index.cachedAnnotations(reportId);
    for (const quote of annotations?.quotes ?? []) {
      const key = `${reportId}:${quote.start}`;
      if (found.has(key) || !speaks(quote, filter, annotations?.entities ?? [])) continue;
      const answer = answerInReport(
        index,
        hit.report,
        quote,
        round(weight / 2 + (quote.speaker ? ATTRIBUTED_BONUS : 0)),
      );
      if (answer) found.set(key, answer);
    }
  }
}

/** A quotation no search hit holds, as an answer citing the passage it stands in (none when no passage does). */
function answerInReport(index: NewsIndex, report: Report, quote: QuoteMention, score: number): Answer | null {
  const passage = index.passagesOf(report.id).find((p) => quote.start < p.end && p.start < quote.end);
  return passage ? toAnswer(quote, score, { passage, report, score, terms: [] }) : null;
}

/** `/quote speaker:Cooper` with no topic: that speaker's quotations in annotated reports, newest first. */
function addSpeakerQuotes(index: NewsIndex, filter: string, found: Map<string, Answer>): void {
  const reports = [...index.reports()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const report of reports) {
    const annotations = index.cachedAnnotations(report.id);
    for (const quote of annotations?.quotes ?? []) {
      if (!speaks(quote, filter, annotations?.entities ?? [])) continue;
      const answer = answerInReport(index, report, quote, 1);
      if (!answer) continue;
      found.set(`${report.id}:${quote.start}`, answer);
      if (found.size >= 100) return;
    }
  }
}
