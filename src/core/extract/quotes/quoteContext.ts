import type { EntityMention } from '../../types.js';
import type { Span } from '../../text/sentences.js';
import type { QuoteSpan } from './quoteSpans.js';

/** How far from a quotation its speaker is looked for: patterns read bounded windows, so cost stays linear. */
export const WINDOW = 320;

/** Where a pattern found the speaker of one quotation. */
export interface Attribution {
  /** The pattern that matched, for debugging and tests. */
  pattern: string;
  /** The speaker as written. */
  surface: Span;
  /** An entity mention at the speaker, when there is one. */
  entity?: EntityMention;
  /** Whom the speaker was quoting ("quoting the words of … James Mattis"). */
  quoting?: EntityMention;
}

/** What the speaker patterns read about one quotation. */
export interface QuoteContext {
  text: string;
  quote: QuoteSpan;
  /** Start of the sentence holding the opening mark, no further than WINDOW before it. */
  sentenceStart: number;
  /** End of the sentence holding the closing mark, no further than WINDOW after it. */
  sentenceEnd: number;
  /** End of the quotation before this one (0 when none), to keep speakers out of quotations. */
  previousEnd: number;
  /** Start of the quotation after this one (the text length when none). */
  nextStart: number;
  /** The text's quotations and entity mentions, indexed for look-ups by offset. */
  index: TextIndex;
}

export type SpeakerPattern = (context: QuoteContext) => Attribution | null;

/** Quotations and entity mentions of one text, sorted, searched by binary search. */
export class TextIndex {
  readonly entities: EntityMention[];
  private readonly entityStarts: number[];
  private readonly quoteStarts: number[];

  constructor(
    readonly quotes: QuoteSpan[],
    entities: EntityMention[],
  ) {
    this.entities = [...entities].sort((a, b) => a.start - b.start);
    this.entityStarts = this.entities.map((m) => m.start);
    this.quoteStarts = quotes.map((q) => q.outer.start);
  }

  /** Entity mentions that start in [start, end), in order. */
  entitiesStartingIn(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = lowerBound(this.entityStarts, start); i < this.entities.length; i++) {
      const m = this.entities[i]!;
      if (m.start >= end) break;
      out.push(m);
    }
    return out;
  }

  /** Whether `at` lies inside one of the quotations (marks included). */
  insideQuote(at: number): boolean {
    const i = lowerBound(this.quoteStarts, at + 1) - 1;
    const q = this.quotes[i];
    return q !== undefined && at >= q.outer.start && at < q.outer.end;
  }
}

/** The first index whose value is ≥ `value` in an ascending list. */
export function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Start of the sentence holding `at`, not before `floor`: past the last full stop or line break before it. */
export function sentenceStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return floor;
}
