import { isGivenName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';
import { takeSpan } from './spansTaken.js';

/**
 * Epithets rulers and historical figures are known by, part of their name: "Suleiman the
 * Magnificent", "Frederick II the Great", "Pliny the Elder". Colours are left out ("the Red")
 * as they open other names.
 */
const EPITHETS = new Set([
  'apostate',
  'bald',
  'bold',
  'builder',
  'confessor',
  'conqueror',
  'cruel',
  'elder',
  'fair',
  'good',
  'great',
  'just',
  'lawgiver',
  'liberator',
  'lionheart',
  'mad',
  'magnificent',
  'navigator',
  'pious',
  'terrible',
  'unready',
  'venerable',
  'wise',
  'younger',
]);

/** "the <Epithet>" with no capital right after it: "the Great Wall" is another name. */
const THE_EPITHET = /(?<=\p{L}) the (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/gu;
/** The capitalised word right before, for a name the tagger left out. */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+$/u;
/** What ends a sentence before a word that opens the next one. */
const SENTENCE_END = /(?:^|[.!?]["”’]?)\s*$/;

/**
 * A name and the epithet after it as one person. The name is what the tagger found right before
 * "the" (a person, or one word it typed otherwise but as a place), or a capitalised word it left
 * out; a word that opens a sentence only when it is a known given name.
 */
export function joinEpithets(text: string, spans: NerSpan[]): NerSpan[] {
  let out = [...spans].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(THE_EPITHET)) {
    if (!EPITHETS.has(m[1]!.toLowerCase())) continue;
    const nameEnd = m.index;
    const end = m.index + m[0].length;
    const tagged = out.find((s) => s.end === nameEnd);
    let start: number;
    if (tagged) {
      // a ruler's name alone may read as a nationality's word or a body ("Suleiman"); a place, or
      // a body of more than one word, is left as tagged
      const oneWord = !/\s/.test(text.slice(tagged.start, tagged.end));
      if (tagged.type !== 'PER' && !(oneWord && tagged.type !== 'LOC')) continue;
      start = tagged.start;
    } else {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, nameEnd - 30), nameEnd));
      if (!word) continue;
      start = nameEnd - word[0].length;
      if (out.some((s) => s.start < nameEnd && s.end > start)) continue;
      if (SENTENCE_END.test(text.slice(Math.max(0, start - 4), start)) && !isGivenName(word[0])) continue;
    }
    if (out.some((s) => s.start < end && s.end > end)) continue;
    out = takeSpan(out, { start, end, type: 'PER' });
  }
  return out;
}
