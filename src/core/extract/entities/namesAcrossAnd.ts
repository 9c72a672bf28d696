import { LEGAL_FORMS } from '../../text/legalForms.js';
import { isCommonWord } from '../../text/commonWords.js';
import { isGivenName, isPlaceName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';
import { surnamesOf } from './surnameBeforePlace.js';
import { COMPANY_PLURALS, ORG_HEADS } from './words.js';

/** Words that open a company's name of their own ("General Motors", "First Boston"), so a name after "and" that opens on one is a second name. */
const NAME_OPENERS = new Set([
  'general',
  'national',
  'united',
  'first',
  'american',
  'international',
  'federal',
  'royal',
  'standard',
  'continental',
  'pacific',
  'atlantic',
  'central',
  'southern',
  'northern',
  'western',
  'eastern',
  'new',
  'great',
  'british',
]);

/** Capitalised words, up to three, that end right before " and " (no possessive: "Japan's" is not in the name). */
const WORDS_BEFORE_AND = /(?:^|[^\p{L}.'’-])((?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}\p{Ll}+)$/u;
/** Function words that open a sentence and no name ("The Food and Drug Administration"). */
const OPENING_FUNCTION_WORD = /^(?:The|A|An|And|But|In|On|At|Of|For)\s/;

const lastWord = (name: string) => name.split(/\s+/).at(-1)!.replace(/\.$/, '').toLowerCase();
/** The first word without a possessive ("Poor's" → "poor"). */
const firstWord = (name: string) =>
  name
    .split(/\s+/)[0]!
    .replace(/['’]s$/, '')
    .toLowerCase();

/** A body's or a company's last word ("Administration", "Committee", "Corp", "Industries"). */
function endsAsBody(name: string): boolean {
  const last = lastWord(name);
  return ORG_HEADS.has(last) || LEGAL_FORMS.has(last) || COMPANY_PLURALS.has(last);
}

/**
 * The part of a body's name after "and": it opens on a common word that is no name and no body
 * of its own ("Drug", "Means", "Loan"), and ends as a body does ("Drug Administration").
 */
function isSharedBodyTail(name: string): boolean {
  const first = firstWord(name);
  if (!name.includes(' ') || !endsAsBody(name)) return false;
  if (NAME_OPENERS.has(first) || ORG_HEADS.has(first) || !isCommonWord(first)) return false;
  return !isPlaceName(first) && !isGivenName(first);
}

/** The part before "and": it ends on a common word that ends no name ("Food", "Ways", "Savings"). */
function isSharedBodyHead(name: string): boolean {
  const last = lastWord(name);
  return isCommonWord(last) && !endsAsBody(name) && !isPlaceName(last);
}

/**
 * Names that run across "and" or "&", as news writes firms and public bodies:
 * - "Brill & Garvin": names with only "&" between them are one organisation (in CoNLL-2003's
 *   training articles, every pair the tagger leaves apart across "&" is one name);
 * - "Harper and Row Publishers Inc": a firm named after its partners (see `partnersFirm`);
 * - "the Food and Drug Administration", "House Ways and Means Committee", "Federal Savings and Loan
 *   Insurance Corp": a body whose name joins two common words by "and". The tagger often reads the
 *   two halves as two organisations. Two names stay apart where either half reads as a whole name:
 *   "Velmont Oil and Zentrix Corp", "IBM and Apple Computer Inc", "Velmont Group and General Motors Corp".
 */
export function joinNamesAcrossAnd(text: string, spans: NerSpan[]): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const surnames = surnamesOf(text, sorted);
  const out: NerSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    const joined =
      last && span.type !== 'MISC' && last.type !== 'MISC'
        ? (acrossAmpersand(text, last, span) ?? partnersFirm(text, last, span, surnames))
        : null;
    const body = joined ? null : sharedBody(text, span, last);
    if (joined || (body && last && body.start <= last.start)) out.pop();
    out.push(joined ?? body ?? span);
  }
  return out;
}

/**
 * "Harper and Row Publishers Inc", "Fenner and Smith Inc": a firm named after its partners. One
 * word the tagger read as a person, joined by "and" to a company's name, is the firm's first
 * partner, unless it is a given name, a place, or the surname of a person the report names in full
 * ("Hale and Velmont Corp agreed", after "Tom Hale").
 */
function partnersFirm(text: string, partner: NerSpan, company: NerSpan, surnames: Set<string>): NerSpan | null {
  if (partner.type !== 'PER' || company.type !== 'ORG' || text.slice(partner.end, company.start) !== ' and ')
    return null;
  const word = text.slice(partner.start, partner.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isGivenName(word) || isPlaceName(word) || surnames.has(word)) return null;
  const last = lastWord(text.slice(company.start, company.end));
  return LEGAL_FORMS.has(last) || COMPANY_PLURALS.has(last)
    ? { start: partner.start, end: company.end, type: 'ORG' }
    : null;
}

/** "Brill & Garvin": one organisation. */
function acrossAmpersand(text: string, before: NerSpan, after: NerSpan): NerSpan | null {
  return text.slice(before.end, after.start) === ' & ' ? { start: before.start, end: after.end, type: 'ORG' } : null;
}

/**
 * "Food and Drug Administration": the organisation `tail` is the second half of a body's name
 * when what stands before " and " (the name tagged there, or capitalised words no name holds)
 * ends on a common word.
 */
function sharedBody(text: string, tail: NerSpan, previous: NerSpan | undefined): NerSpan | null {
  const andAt = tail.start - ' and '.length;
  if (tail.type !== 'ORG' || andAt < 1 || text.slice(andAt, tail.start) !== ' and ') return null;
  if (!isSharedBodyTail(text.slice(tail.start, tail.end))) return null;
  let start: number;
  if (previous && previous.end === andAt) start = previous.start;
  else {
    const words = WORDS_BEFORE_AND.exec(text.slice(Math.max(0, andAt - 60), andAt))?.[1];
    if (!words) return null;
    const opening = OPENING_FUNCTION_WORD.exec(words)?.[0].length ?? 0;
    start = andAt - words.length + opening;
    if (previous && previous.end > start) return null;
  }
  if (!isSharedBodyHead(text.slice(start, andAt))) return null;
  return { start, end: tail.end, type: 'ORG' };
}
