import type { Passage, Report } from '../types.js';
import { paragraphs, sentences, type Span } from './sentences.js';
import { cutAtBoundaries } from './units.js';

export interface PassageOptions {
  /** Longest passage in characters; a longer sentence is cut at a clause end or a space. */
  maxChars: number;
  /** A sentence shorter than this ("Baku.", "5 December.") is joined to the next one in its paragraph. */
  minChars: number;
}

export const defaultPassageOptions: PassageOptions = { maxChars: 1200, minChars: 25 };

/**
 * Splits a report into passages: one sentence each, never crossing a paragraph,
 * with offsets into the report text. `paragraph` groups the passages of one paragraph.
 */
export function splitPassages(report: Pick<Report, 'id' | 'text'>, options: Partial<PassageOptions> = {}): Passage[] {
  const { maxChars, minChars } = { ...defaultPassageOptions, ...options };
  const out: Passage[] = [];
  paragraphs(report.text).forEach((paragraph, paragraphIndex) => {
    for (const sentence of joinFragments(sentences(report.text, paragraph.start, paragraph.end), minChars)) {
      for (const piece of cutAtBoundaries(report.text, sentence, maxChars)) {
        const ordinal = out.length;
        out.push({
          id: `${report.id}#${ordinal}`,
          reportId: report.id,
          ordinal,
          paragraph: paragraphIndex,
          start: piece.start,
          end: piece.end,
          text: report.text.slice(piece.start, piece.end),
        });
      }
    }
  });
  return out;
}

/** Joins each too-short sentence (a dateline, a heading fragment) to the sentence after it. */
function joinFragments(spans: Span[], minChars: number): Span[] {
  const out: Span[] = [];
  let pending: number | null = null;
  for (const span of spans) {
    const start: number = pending ?? span.start;
    if (span.end - span.start < minChars && span !== spans[spans.length - 1]) {
      pending = start;
      continue;
    }
    out.push({ start, end: span.end });
    pending = null;
  }
  return out;
}
