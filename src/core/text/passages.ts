import type { Passage, Report } from '../types.js';
import { paragraphs, sentenceSpans, type Span } from './sentences.js';
import { boundaryPieces } from './units.js';

export interface PassageOptions {
  /** Longest passage in characters; a longer sentence is cut at a clause end or a space. */
  maxChars: number;
  /** A sentence shorter than this ("Baku.", "5 December.") is joined to the next one in its paragraph. */
  minChars: number;
}

export const defaultPassageOptions: PassageOptions = { maxChars: 1200, minChars: 25 };

/** A passage's place in the report: its character span and the paragraph it belongs to. */
export interface PassageSpan extends Span {
  paragraph: number;
}

/**
 * Splits a report into passages: one sentence each, never crossing a paragraph,
 * with offsets into the report text. `paragraph` groups the passages of one paragraph.
 */
export function splitPassages(report: Pick<Report, 'id' | 'text'>, options: Partial<PassageOptions> = {}): Passage[] {
  const out: Passage[] = [];
  for (const piece of passageSpans(report.text, options)) {
    const ordinal = out.length;
    out.push({
      id: `${report.id}#${ordinal}`,
      reportId: report.id,
      ordinal,
      paragraph: piece.paragraph,
      start: piece.start,
      end: piece.end,
      text: report.text.slice(piece.start, piece.end),
    });
  }
  return out;
}

/**
 * The passages of `splitPassages` as spans, one at a time: a caller indexing a huge report
 * pauses between them, so no step holds the thread longer than one passage's work.
 */
export function* passageSpans(text: string, options: Partial<PassageOptions> = {}): Generator<PassageSpan> {
  const { maxChars, minChars } = { ...defaultPassageOptions, ...options };
  let paragraph = 0;
  for (const { start, end } of paragraphs(text)) {
    for (const sentence of joinFragments(sentenceSpans(text, start, end), minChars)) {
      for (const piece of boundaryPieces(text, sentence, maxChars)) yield { ...piece, paragraph };
    }
    paragraph++;
  }
}

/** Joins each too-short sentence (a dateline, a heading fragment) to the sentence after it. */
function* joinFragments(spans: Iterable<Span>, minChars: number): Generator<Span> {
  let pending: number | null = null;
  let previous: Span | null = null;
  // one sentence behind: the last one is kept however short, so it is only known at the end
  for (const span of spans) {
    if (previous) {
      const start: number = pending ?? previous.start;
      if (previous.end - previous.start < minChars) pending = start;
      else {
        yield { start, end: previous.end };
        pending = null;
      }
    }
    previous = span;
  }
  if (previous) yield { start: pending ?? previous.start, end: previous.end };
}
