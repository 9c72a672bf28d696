import { isAnyPreposition, isFunctionWord } from '../../text/notNoun.js';
import { lexiconTags } from '../../text/lexicon.js';

/**
 * A capitalised word of four letters or more opening a sentence or line, with what precedes it,
 * and the three short question words. Short prepositions stay: they are also given names and
 * particles of names ("Per", "In Home").
 */
const OPENING_WORD = /(^|[.!?]["'”’)]?\s+|\n\s*)(\p{Lu}\p{Ll}{3,}|Who|How|Why)\b/gu;

/** Question and relative words: they open a clause ("Where Velmont goes, others follow"), never a name. */
const WH_WORD = /^(?:Who|Whom|Whose|What|Which|When|Where|Why|How)$/;

/**
 * Adverbs the lexicon leaves to its suffix rules ("Additionally", "Initially", "Previously"): seven
 * letters or more, so that short given names with the same ending ("Sally") stay names.
 */
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ally|ently|antly|ously|ively|ately|edly|ingly|fully)$/u;

/**
 * Whether a word opening a sentence only joins it to what came before: a preposition, a conjunction,
 * or an adverb, which a comma follows or whose adjective the lexicon knows ("Initially"). A surname
 * with an adverb's ending ("Mullally took three") has neither.
 */
function opensOnly(word: string, next: string): boolean {
  if (isAnyPreposition(word) || isFunctionWord(word) || WH_WORD.test(word)) return true;
  if (!ADVERB.test(word)) return false;
  return next === ',' || lexiconTags(word.slice(0, -2).toLowerCase()).includes('Adjective');
}

/**
 * The text with each preposition, conjunction or adverb that opens a sentence in lower case, offsets
 * unchanged: the tagger reads "Upon Roe's death", "Although Velmont wanted" or "Where Velmont
 * Industries goes" as one name, but "upon Roe's death" as a preposition and a name.
 */
export function lowerOpeningFunctionWords(text: string): string {
  return text.replace(OPENING_WORD, (whole, before: string, word: string, at: number) =>
    opensOnly(word, text.charAt(at + whole.length)) ? before + word.toLowerCase() : whole,
  );
}
