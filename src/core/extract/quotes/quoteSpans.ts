import type { Span } from '../../text/sentences.js';

/** A quotation found by its marks: `inner` is the quoted words, `outer` includes the marks. */
export interface QuoteSpan {
  inner: Span;
  outer: Span;
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';
const STRAIGHT = '"';

/**
 * Quotations marked with curly or straight double quotes. A quotation may run over
 * several paragraphs when each new paragraph opens with a quote mark (the newspaper
 * convention); one left open at a paragraph end without that is dropped.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && openAt >= 0) {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const reopens = text[j] === OPEN_CURLY || text[j] === STRAIGHT;
      if (reopens && text.slice(i, j).includes('\n')) {
        i = j; // the mark that reopens the quotation belongs to it
        continue;
      }
      openAt = -1;
      depth = 0;
      continue;
    }
    if (ch === OPEN_CURLY) {
      if (openAt < 0) {
        openAt = i;
        straight = false;
        depth = 1;
      } else if (!straight) depth++;
    } else if (ch === CLOSE_CURLY && openAt >= 0 && !straight) {
      depth--;
      if (depth === 0) {
        push(spans, text, openAt, i);
        openAt = -1;
      }
    } else if (ch === STRAIGHT) {
      if (openAt < 0 && opensHere(text, i)) {
        openAt = i;
        straight = true;
        depth = 1;
      } else if (openAt >= 0 && straight) {
        push(spans, text, openAt, i);
        openAt = -1;
        depth = 0;
      }
    }
  }
  return spans;
}

/** A straight quote opens after a space, a bracket, a dash or the start of the text. */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s(\[—–\-:]/.test(before)) && after !== undefined && !/\s/.test(after);
}

function push(spans: QuoteSpan[], text: string, open: number, close: number): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ inner: { start, end }, outer: { start: open, end: close + 1 } });
}
