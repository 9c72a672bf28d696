import { isCountryName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';

/**
 * A person's surname right before a country's name, read as one person ("Lawson told Roe Ardena had
 * to pay", where the report names Ann Roe in full): the surname is the person and the country a
 * place. Only a surname the report gives with a given name elsewhere is cut, so a name whose last
 * word is a country's ("Michael Jordan") stays whole.
 */
export function splitSurnameBeforePlace(text: string, spans: NerSpan[]): NerSpan[] {
  const surnames = surnamesOf(text, spans);
  return spans.flatMap((span) => {
    if (span.type !== 'PER') return [span];
    const name = text.slice(span.start, span.end);
    const lastSpace = name.lastIndexOf(' ');
    if (lastSpace < 0) return [span];
    const before = name.slice(0, lastSpace);
    const last = name.slice(lastSpace + 1);
    if (before.includes(' ') || !surnames.has(before) || !isCountryName(last)) return [span];
    return [
      { start: span.start, end: span.start + lastSpace, type: 'PER' },
      { start: span.start + lastSpace + 1, end: span.end, type: 'LOC' },
    ];
  });
}

/** The last words of the people the tagger names in full: the surnames of people the report names. */
export function surnamesOf(text: string, spans: NerSpan[]): Set<string> {
  const surnames = new Set<string>();
  for (const s of spans) {
    const words = s.type === 'PER' ? text.slice(s.start, s.end).split(/\s+/) : [];
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  return surnames;
}
