import type { Span } from '../../text/sentences.js';

/** A quotation found by its marks: `inner` is the quoted words, `outer` includes the marks. */
export interface QuoteSpan {
  inner: Span;
  outer: Span;
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';
const STRAIGHT = '"';
/** Quotations nest at most this deep ("he said ‘she said “no”’"); deeper marks are read as text. */
const MAX_DEPTH = 4;

/** One open quotation: where its mark is, and the quotations closed inside it so far. */
interface Open {
  at: number;
  inner: QuoteSpan[];
}

/**
 * Quotations marked with curly or straight double quotes, in one pass over the text (linear in its
 * length, whatever the marks). Each mark is read as opening or closing from the characters beside it,
 * so a straight mark may close a curly one. A quotation nested inside another is part of the outer one.
 * A quotation runs on over a line break, and over a paragraph break when the next paragraph reopens with
 * a quote mark (the newspaper convention); one still open at a paragraph end without that is dropped,
 * and the quotations closed inside it stand on their own.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  const drop = () => {
    for (const open of stack) for (const span of open.inner) spans.push(span);
    stack.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (stack.length === 0) continue;
      const next = nextVisible(text, i);
      if (next.breaks > 1 || next.at >= text.length) {
        if (isMark(text[next.at]) && opens(text, next.at))
          i = next.at; // the reopening mark belongs to it
        else drop();
      }
      continue;
    }
    if (ch !== OPEN_CURLY && ch !== CLOSE_CURLY && ch !== STRAIGHT) continue;
    const role = roleOf(text, i, stack.length > 0);
    if (role === 'open' && stack.length < MAX_DEPTH) stack.push({ at: i, inner: [] });
    else if (role === 'close' && stack.length > 0) {
      const open = stack.pop()!;
      const span = spanOf(text, open.at, i);
      if (!span) continue;
      if (stack.length === 0) spans.push(span);
      else stack[stack.length - 1]!.inner.push(span);
    }
  }
  drop();
  return spans.sort((a, b) => a.outer.start - b.outer.start);
}

/** The next character that is not white space after `from`, and how many line breaks lie between. */
function nextVisible(text: string, from: number): { at: number; breaks: number } {
  let at = from;
  let breaks = 0;
  while (at < text.length && isSpace(text[at]!)) {
    if (text[at] === '\n') breaks++;
    at++;
  }
  return { at, breaks };
}

function isMark(ch: string | undefined): boolean {
  return ch === OPEN_CURLY || ch === CLOSE_CURLY || ch === STRAIGHT;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Characters after which a mark opens: the start, a space, a bracket, a dash, a colon or another mark. */
const BEFORE_OPENING = /[\s([{—–\-:;/“‘'"\u202a-\u202e\u2066-\u2069]/;

/** A mark that opens: after a space (or the start) and before a word. */
function opens(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !isSpace(after);
}

/** A mark that closes: after a word or punctuation, and before a space, punctuation or the end. */
function closes(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !isSpace(before) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/**
 * Whether the mark at `i` opens, closes or is read as text. A curly mark keeps its direction unless
 * the characters beside it plainly say the other ("”Fear." opening a paragraph); a straight mark goes
 * by what is beside it, and when that is unclear it closes an open quotation.
 */
function roleOf(text: string, i: number, inside: boolean): 'open' | 'close' | 'text' {
  const ch = text[i];
  const canOpen = opens(text, i);
  const canClose = closes(text, i);
  if (ch === OPEN_CURLY) return canClose && !canOpen && inside ? 'close' : 'open';
  if (ch === CLOSE_CURLY) {
    if (canOpen && !canClose && !inside) return 'open';
    return inside ? 'close' : 'text';
  }
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  if (canOpen && canClose) return inside ? 'close' : 'open';
  return inside ? 'close' : 'text';
}

/** The span between an opening mark at `open` and a closing one at `close`, its words trimmed of space. */
function spanOf(text: string, open: number, close: number): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { inner: { start, end }, outer: { start: open, end: close + 1 } } : null;
}
