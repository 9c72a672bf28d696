import { processTerm, wordsWithOffsets } from '../text/terms.js';
import type { TextSpan } from '../types.js';

/** Spans of `text` whose words have one of the index `terms` (the words to show in bold), in order. */
export function matchedSpans(text: string, terms: Iterable<string>): TextSpan[] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  const spans: TextSpan[] = [];
  for (const word of wordsWithOffsets(text)) {
    const term = processTerm(word.word);
    if (term && wanted.has(term)) spans.push({ start: word.start, end: word.end });
  }
  return spans;
}

/** Applies `mark` to every matched span, `plain` to the text between: one call per piece, in order. */
export function markSpans(
  text: string,
  spans: TextSpan[],
  mark: (s: string) => string,
  plain: (s: string) => string = (s) => s,
): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += plain(text.slice(at, span.start)) + mark(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + plain(text.slice(at));
}
