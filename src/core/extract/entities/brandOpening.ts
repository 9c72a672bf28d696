import type { NerSpan } from '../ner/tagger.js';

/**
 * A brand's word written with one or two lower-case letters before a capitalised word: "iTunes",
 * "eBay" (not an abbreviation in capitals, "mRNA").
 */
const BRAND_WORD = /(?:^|[^\p{L}\p{N}])(\p{Ll}{1,2}\p{Lu}\p{Ll}[\p{L}\p{N}]*)\s$/u;

/**
 * A name right after a brand's word ("iTunes Music Store") is that brand's name with it: the
 * tagger, whose words were capitalised at the start, left the brand out and read the rest as a
 * person. No person's name opens this way; particles ("de", "van") have no capital inside.
 */
export function joinBrandOpening(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    const brand = BRAND_WORD.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
    if (!brand) return span;
    const start = span.start - brand.length - 1;
    return { start, end: span.end, type: span.type === 'PER' ? 'ORG' : span.type };
  });
}
