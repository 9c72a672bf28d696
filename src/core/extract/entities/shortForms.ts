import { lexiconTags } from '../../text/lexicon.js';
import { isDemonym, isPlaceName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';

/** A run of letters and digits: a word of the text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** A capitalised word: an initial capital and at least two more letters ("Cerberus", "Korvex"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}]{2,}$/u;
/** A capitalised word or an initial right before or after a word: the word is part of a longer name there. */
const CAPITAL_BEFORE = /(?:\p{Lu}\p{L}*|(?<!\p{L})\p{Lu}\.)[ \t]$/u;
const CAPITAL_AFTER = /^[ \t]\p{Lu}/u;
/** An adjective of nationality by its ending ("Irish", "Danish"). */
const NATIONALITY = /^\p{Lu}\p{Ll}+ish$/u;
/** compromise's tags of words of the language ("capital", "general", "young"); a name's tags are not among them. */
const COMMON_TAG =
  /^(?:Noun|Singular|Plural|Uncountable|Adjective|Verb|Infinitive|PastTense|Adverb|Preposition|Determiner|Conjunction|Pronoun|Value|Date|Month|WeekDay)$/;

/** The word of a name that the report writes alone for it: a body's first word, a person's last. */
function shortFormOf(text: string, span: NerSpan): string | null {
  if (span.type !== 'ORG' && span.type !== 'PER') return null;
  const words = text.slice(span.start, span.end).split(/\s+/);
  if (words.length < 2) return null;
  const word = span.type === 'ORG' ? words[0]! : words[words.length - 1]!;
  if (!NAME_WORD.test(word)) return null;
  // a word of the language names nothing alone ("General Motors" → "General")
  if (lexiconTags(word.toLowerCase()).some((t) => COMMON_TAG.test(t))) return null;
  // "Irish Republican Army", "Velmont City Council": a people or a place names the body, not the body itself
  if (isDemonym(word) || NATIONALITY.test(word) || isPlaceName(word)) return null;
  return word;
}

/**
 * A name written in full once and by one word after ("Korvex Capital Partners … Korvex agreed",
 * "Ann Roe … Roe said"): the tagger may leave the lone word out, most of all where it opens a
 * sentence, or read it as another kind. Each such word standing alone takes the kind of its full name.
 */
export function tagShortForms(text: string, spans: NerSpan[]): NerSpan[] {
  const kinds = new Map<string, NerSpan['type'] | null>();
  for (const span of spans) {
    const word = shortFormOf(text, span);
    if (!word) continue;
    const known = kinds.get(word);
    // a word that is one body's first and one person's last is neither alone
    kinds.set(word, known === undefined || known === span.type ? span.type : null);
  }
  if (![...kinds.values()].some(Boolean)) return spans;
  const added: NerSpan[] = [];
  const retyped = new Set<NerSpan>();
  // one pass over the text's words, each looked up (a pattern of all the names would be tried at every character)
  for (const m of text.matchAll(WORD)) {
    const type = kinds.get(m[0]);
    if (!type) continue;
    const start = m.index;
    const end = start + m[0].length;
    const overlapping = spans.filter((s) => s.start < end && start < s.end);
    // the tagger's other reading of the lone word ("Roe" as a body, "Korvex" as MISC) gives way to the full name's
    const other = overlapping.length === 1 && overlapping[0]!.type !== type ? overlapping[0]! : undefined;
    if (other && other.start === start && other.end === end) {
      retyped.add(other);
      added.push({ start, end, type });
      continue;
    }
    if (overlapping.length > 0) continue;
    if (CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (CAPITAL_AFTER.test(text.slice(end, end + 2))) continue;
    added.push({ start, end, type });
  }
  if (added.length === 0) return spans;
  return [...spans.filter((s) => !retyped.has(s)), ...added].sort((a, b) => a.start - b.start);
}
