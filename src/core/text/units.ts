import { paragraphs, sentences, type Span } from './sentences.js';

export interface UnitOptions {
  /** Longest sentence kept whole; a longer one is cut at a clause or word boundary. */
  maxSentenceChars: number;
  /** Longest unit: whole sentences (and paragraphs) are packed together up to this many characters. */
  maxUnitChars: number;
}

export const defaultUnitOptions: UnitOptions = { maxSentenceChars: 1000, maxUnitChars: 2000 };

/** Where a clause may end: after one of these, then a space. */
const CLAUSE_ENDS = ',;:)]—–';
/** A piece is never cut shorter than this share of its longest length (so cuts do not make crumbs). */
const MIN_PIECE_SHARE = 0.5;

/**
 * Cuts [span.start, span.end) of `text` into pieces of at most `maxChars` characters: at the last
 * clause end (a comma, a semicolon, a dash… then a space) in the second half of the allowed length,
 * else at the last space, else (a run without spaces) at exactly `maxChars`. Pieces keep report
 * offsets, have no surrounding spaces, and together cover every non-space character of the span.
 * Linear in the span's length: each cut looks back over at most `maxChars` characters.
 */
export function cutAtBoundaries(text: string, span: Span, maxChars: number): Span[] {
  return [...boundaryPieces(text, span, maxChars)];
}

/** The pieces of `cutAtBoundaries`, one at a time (a caller may pause between them). */
export function* boundaryPieces(text: string, span: Span, maxChars: number): Generator<Span> {
  let start = span.start;
  while (span.end - start > maxChars) {
    const end = cutPoint(text, start, start + maxChars);
    const piece = trimEnd(text, start, end);
    if (piece.end > piece.start) yield piece;
    start = end;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (span.end > start) {
    const piece = trimEnd(text, start, span.end);
    if (piece.end > piece.start) yield piece;
  }
}

function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) * MIN_PIECE_SHARE);
  let lastSpace = -1;
  for (let i = limit; i > floor; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (CLAUSE_ENDS.includes(text[i - 1]!)) return i;
    if (lastSpace < 0) lastSpace = i;
  }
  if (lastSpace > 0) return lastSpace;
  for (let i = floor; i > start; i--) if (/\s/.test(text[i]!)) return i;
  return limit;
}

function trimEnd(text: string, start: number, end: number): Span {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The bounded units of a text, in order, with offsets into it: whole sentences packed together
 * (across paragraphs too) up to `maxUnitChars`; a sentence longer than `maxSentenceChars` is cut
 * at clause or word boundaries and each of its pieces is a unit of its own. Extractors are given
 * one unit at a time, so no report, however long or strange, costs more than its units.
 */
export function boundedUnits(text: string, options: Partial<UnitOptions> = {}): Span[] {
  const { maxSentenceChars, maxUnitChars } = { ...defaultUnitOptions, ...options };
  const units: Span[] = [];
  let open: Span | null = null;
  const close = () => {
    if (open) units.push(open);
    open = null;
  };
  for (const paragraph of paragraphs(text)) {
    for (const sentence of sentences(text, paragraph.start, paragraph.end)) {
      if (sentence.end - sentence.start > maxSentenceChars) {
        close();
        units.push(...cutAtBoundaries(text, sentence, maxSentenceChars));
      } else if (open && sentence.end - (open as Span).start <= maxUnitChars) {
        (open as Span).end = sentence.end;
      } else {
        close();
        open = { start: sentence.start, end: sentence.end };
      }
    }
  }
  close();
  return units;
}
