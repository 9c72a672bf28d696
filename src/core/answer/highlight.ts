import { processTerm, termsOf, wordsWithOffsets } from '../text/terms.js';

/** Spans of `text` whose words match the query's terms (the words to show in bold). */
export function matchedSpans(text: string, query: string): Array<{ start: number; end: number }> {
  const terms = new Set(termsOf(query));
  if (terms.size === 0) return [];
  const spans: Array<{ start: number; end: number }> = [];
  for (const word of wordsWithOffsets(text)) {
    const term = processTerm(word.word);
    if (term && terms.has(term)) spans.push({ start: word.start, end: word.end });
  }
  return spans;
}

/** Applies `mark` to every matched span, `plain` to the text between: one call per piece, in order. */
export function markSpans(text: string, spans: Array<{ start: number; end: number }>, mark: (s: string) => string, plain: (s: string) => string = (s) => s): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += plain(text.slice(at, span.start)) + mark(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + plain(text.slice(at));
}
