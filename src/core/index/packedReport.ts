import type { TimeSlicer } from '../load/slices.js';
import { passageSpans, type PassageOptions, type PassageSpan } from '../text/passages.js';
import type { Passage, Report } from '../types.js';
import { termList } from '../text/terms.js';

/** Index terms by number, shared by every packed report. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** The terms, by number. */
  readonly terms: string[] = [];

  constructor(terms: string[] = []) {
    for (const term of terms) this.id(term);
  }

  /** The term's number, given one if it is new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  /** The term's number, or undefined when no report has it. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Terms numbered. */
  get size(): number {
    return this.terms.length;
  }
}

/**
 * A report's passages and words in one Uint32Array, so that ranking passages reads
 * numbers instead of re-reading text, and a hundred thousand reports cost a few bytes a
 * word. Layout:
 *   [passages P, title length T, T title term ids,
 *    P passage ends (index into the token section), 2P passage character spans, P paragraph numbers,
 *    every term id of the text in order]
 */
export type PackedReport = Uint32Array;

/** A report packed, with its terms as MiniSearch and the counts take them. */
export interface PackResult {
  packed: PackedReport;
  /** The title's terms then the text's, as MiniSearch indexes them. */
  terms: string[];
  /** Every term once. */
  unique: Set<string>;
  /** Terms of the title. */
  titleLength: number;
}

/** Splits a report into passages and packs them, numbering new terms in `vocabulary`. */
export function packReport(
  report: Pick<Report, 'id' | 'text' | 'title'>,
  vocabulary: Vocabulary,
  options: Partial<PassageOptions> = {},
): PackResult {
  const packer = new ReportPacker(report.title, vocabulary);
  for (const span of passageSpans(report.text, options)) packer.add(report.text, span);
  return packer.finish();
}

/**
 * `packReport` for a huge report: pauses between passages whenever `slicer`'s slice is used
 * up, so a report of two million characters never holds the thread longer than a slice.
 */
export async function packReportInSlices(
  report: Pick<Report, 'id' | 'text' | 'title'>,
  vocabulary: Vocabulary,
  slicer: TimeSlicer,
  options: Partial<PassageOptions> = {},
): Promise<PackResult> {
  const packer = new ReportPacker(report.title, vocabulary);
  for (const span of passageSpans(report.text, options)) {
    packer.add(report.text, span);
    await slicer.pause();
  }
  return packer.finish();
}

/** Gathers a report's passages one at a time, then lays them out (see `PackedReport`). */
class ReportPacker {
  private readonly title: string[];
  private readonly titleIds: number[];
  private readonly spans: PassageSpan[] = [];
  private readonly ids: number[] = [];
  private readonly ends: number[] = [];
  private readonly terms: string[];
  private readonly unique: Set<string>;

  constructor(
    title: string,
    private readonly vocabulary: Vocabulary,
  ) {
    this.title = termList(title);
    this.titleIds = this.title.map((term) => vocabulary.id(term));
    this.terms = [...this.title];
    this.unique = new Set(this.title);
  }

  add(text: string, span: PassageSpan): void {
    for (const term of termList(text.slice(span.start, span.end))) {
      this.ids.push(this.vocabulary.id(term));
      this.terms.push(term);
      this.unique.add(term);
    }
    this.spans.push(span);
    this.ends.push(this.ids.length);
  }

  finish(): PackResult {
    const { title, spans, ids } = this;
    const count = spans.length;
    const packed = new Uint32Array(2 + title.length + 4 * count + ids.length);
    packed[0] = count;
    packed[1] = title.length;
    packed.set(this.titleIds, 2);
    const ends = 2 + title.length;
    const starts = ends + count;
    const paragraphs = starts + 2 * count;
    spans.forEach((span, i) => {
      packed[ends + i] = this.ends[i]!;
      packed[starts + 2 * i] = span.start;
      packed[starts + 2 * i + 1] = span.end;
      packed[paragraphs + i] = span.paragraph;
    });
    packed.set(ids, paragraphs + count);
    return { packed, terms: this.terms, unique: this.unique, titleLength: title.length };
  }
}

/** Where each section of a packed report starts. */
export interface PackedLayout {
  passages: number;
  title: number;
  titleLength: number;
  ends: number;
  spans: number;
  paragraphs: number;
  tokens: number;
}

/** Where each section of a packed report starts, read from its head. */
export function layoutOf(packed: PackedReport): PackedLayout {
  const passages = packed[0]!;
  const titleLength = packed[1]!;
  const ends = 2 + titleLength;
  const spans = ends + passages;
  const paragraphs = spans + 2 * passages;
  return { passages, title: 2, titleLength, ends, spans, paragraphs, tokens: paragraphs + passages };
}

/** Terms in the title and text together. */
export function packedLength(packed: PackedReport): number {
  const layout = layoutOf(packed);
  return layout.titleLength + packed.length - layout.tokens;
}

/** The report's passage `ordinal`, as an object with its text. */
export function passageAt(report: Report, packed: PackedReport, ordinal: number, layout = layoutOf(packed)): Passage {
  const start = packed[layout.spans + 2 * ordinal]!;
  const end = packed[layout.spans + 2 * ordinal + 1]!;
  return {
    id: `${report.id}#${ordinal}`,
    reportId: report.id,
    ordinal,
    paragraph: packed[layout.paragraphs + ordinal]!,
    start,
    end,
    text: report.text.slice(start, end),
  };
}

/** Every passage of the report, in order. */
export function passagesOf(report: Report, packed: PackedReport): Passage[] {
  const layout = layoutOf(packed);
  return Array.from({ length: layout.passages }, (_, i) => passageAt(report, packed, i, layout));
}

/** The distinct terms of a packed report. */
export function uniqueTerms(packed: PackedReport, vocabulary: Vocabulary): Set<string> {
  const out = new Set<string>();
  for (let i = 2; i < 2 + packed[1]!; i++) out.add(vocabulary.terms[packed[i]!]!);
  for (let i = layoutOf(packed).tokens; i < packed.length; i++) out.add(vocabulary.terms[packed[i]!]!);
  return out;
}
