import { isCommonWord } from '../../text/commonWords.js';
import { isGivenName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';
import { growSpans } from './spansTaken.js';

/** A possessive ending right after a name, then the next word: "'s " of "Builder's Conference". */
const POSSESSIVE_GAP = /^['’]s $/u;

/**
 * A body whose name holds a possessive ("Korvex Builder's Conference", "County Sheriff's Office"):
 * the tagger may stop at the possessive and read the rest as a body of its own. When the rest is
 * only common words ("Conference", "Investors Service"), it names nothing alone and the two are one
 * body; a name after the possessive ("Korvex's Velmont unit", "Korvex's Velmont Air") stays apart.
 */
export function joinPossessiveBodies(text: string, spans: NerSpan[]): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const after = new Map(sorted.map((span, i) => [span, sorted[i + 1]]));
  return growSpans(sorted, (span) => {
    if (span.type !== 'ORG') return null;
    const next = after.get(span);
    if (!next || next.type !== 'ORG' || !POSSESSIVE_GAP.test(text.slice(span.end, next.start))) return null;
    const words = text.slice(next.start, next.end).split(/\s+/);
    const common = words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w) && !isGivenName(w));
    return common ? { start: span.start, end: next.end, type: 'ORG' } : null;
  });
}
