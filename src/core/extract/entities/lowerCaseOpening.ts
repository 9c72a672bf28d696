import { isCommonWord } from '../../text/commonWords.js';
import type { NerSpan } from '../ner/tagger.js';
import { NAME_CONNECTORS } from './words.js';

/** A word of lower-case letters and the space after it, at the start of a name. */
const LOWER_WORD = /^(\p{Ll}+)\s+/u;

/**
 * A name the tagger opened on common lower-case words ("the federal Securities and Exchange
 * Commission") starts at its first capital: a name's words are capitalised, but for its particles
 * ("de Gaulle", "al-Assad", "van Dyke"), which stay.
 */
export function trimLowerCaseOpening(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    let start = span.start;
    for (let m = LOWER_WORD.exec(text.slice(start, span.end)); m; m = LOWER_WORD.exec(text.slice(start, span.end))) {
      const word = m[1]!;
      if (NAME_CONNECTORS.has(word) || !isCommonWord(word)) break;
      start += m[0].length;
    }
    // a name of lower-case words only is left as the tagger read it
    return start === span.start || !/^\p{Lu}/u.test(text.slice(start, span.end)) ? span : { ...span, start };
  });
}
