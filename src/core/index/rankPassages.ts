import type { Passage, Report } from '../types.js';
import { inverseFrequency, termWeight } from './bm25.js';
import { layoutOf, passageAt, type PackedLayout, type PackedReport, type Vocabulary } from './packedReport.js';
import type { TermStats } from './termStats.js';

/** A passage a search found, with its report and how it matched. */
export interface PassageHit {
  passage: Passage;
  report: Report;
  /** Relevance: the passage's score over the best passage's, plus the report's over the best report's. */
  score: number;
  /** Index terms of the passage (or its title or neighbours) that matched the query. */
  terms: string[];
}

/** An index term searched for. */
export interface SearchedTerm {
  /** 1 for the question's own words, less for their expansions (longer forms, near spellings). */
  weight: number;
  /** The question word it stands for. */
  asked: string;
  /** A second question word it stands for at the same time ("ceo" for "chief" as well as "executiv"). */
  alsoAsked?: string;
}

/** A report chosen for passage ranking. */
export interface Candidate {
  report: Report;
  /** Its passages and term numbers. */
  packed: PackedReport;
}

/** What ranking weighs, taken from the index options and counts. */
export interface RankWeights {
  /** Field weights of a passage's own words, its report's title and its neighbour sentences. */
  boost: { text: number; title: number; context: number };
  /** Weight of the whole report's match in a passage's score (0 = passages alone). */
  reportWeight: number;
  /** Mean passage length in terms over the whole index. */
  averagePassage: number;
}

/** One searched term as ranking uses it. */
interface Slot {
  term: string;
  weight: number;
  idf: number;
  /** Index of the question word it stands for. */
  asked: number;
  /** Index of a second question word it stands for, or -1. */
  alsoAsked: number;
}

/**
 * Scores every passage of the candidate reports with BM25 over its words, its title and
 * the sentences beside it in the same paragraph, then adds how well the whole report
 * matched. Like MiniSearch, a match on more of the question's words multiplies a score.
 * Reads only the packed term numbers: no text is re-read. `scratch` is an array at least
 * as long as the vocabulary, filled with -1, and left that way.
 */
export function rankPassages(
  candidates: Candidate[],
  terms: Map<string, SearchedTerm>,
  vocabulary: Vocabulary,
  stats: TermStats,
  weights: RankWeights,
  scratch: Int32Array,
  limit: number,
): PassageHit[] {
  const slots: Slot[] = [];
  const askedWords: string[] = [];
  const slotIds: number[] = [];
  const indexOf = (word: string) => {
    const at = askedWords.indexOf(word);
    return at === -1 ? askedWords.push(word) - 1 : at;
  };
  for (const [term, { weight, asked, alsoAsked }] of terms) {
    const id = vocabulary.find(term);
    if (id === undefined || scratch[id] !== -1) continue;
    const askedIndex = indexOf(asked);
    const alsoIndex = alsoAsked === undefined ? -1 : indexOf(alsoAsked);
    scratch[id] = slots.length;
    slotIds.push(id);
    slots.push({
      term,
      weight,
      idf: inverseFrequency(stats.frequency(term), Math.max(stats.reports, 1)),
      asked: askedIndex,
      alsoAsked: alsoIndex,
    });
  }
  try {
    return rank(candidates, slots, askedWords.length, stats, weights, scratch, limit);
  } finally {
    for (const id of slotIds) scratch[id] = -1;
  }
}

/** A passage of a candidate with its two scores, before they are put on one scale. */
interface RawHit {
  candidate: Candidate;
  ordinal: number;
  passageScore: number;
  reportScore: number;
  matched: Uint8Array;
}

/** A second field counted with the first (the passages on both sides of one). */
interface ExtraCounts {
  counts: Uint32Array;
  offset: number;
}

/** Per-term counts of one candidate report: its title, each passage, the whole text. */
interface ReportCounts {
  title: Uint32Array;
  /** `passages × q` counts, passage by passage. */
  passages: Uint32Array;
  total: Uint32Array;
}

function rank(
  candidates: Candidate[],
  slots: Slot[],
  askedCount: number,
  stats: TermStats,
  weights: RankWeights,
  scratch: Int32Array,
  limit: number,
): PassageHit[] {
  if (slots.length === 0) return [];
  const scorer = new PassageScorer(slots, askedCount, stats, weights, scratch);
  const raw: RawHit[] = [];
  for (const candidate of candidates) scorer.scoreReport(candidate, raw);
  const bestPassage = raw.reduce((best, r) => Math.max(best, r.passageScore), 1e-9);
  const bestReport = raw.reduce((best, r) => Math.max(best, r.reportScore), 1e-9);
  return raw
    .map((r) => ({ ...r, score: r.passageScore / bestPassage + weights.reportWeight * (r.reportScore / bestReport) }))
    .sort(
      (a, b) =>
        b.score - a.score || a.candidate.report.id.localeCompare(b.candidate.report.id) || a.ordinal - b.ordinal,
    )
    .slice(0, limit)
    .map(({ candidate, ordinal, score: total, matched }) => ({
      passage: passageAt(candidate.report, candidate.packed, ordinal),
      report: candidate.report,
      score: total,
      terms: slots.filter((_, s) => matched[s]).map((slot) => slot.term),
    }));
}

/** BM25 of the searched terms over the fields of a candidate report and of each of its passages. */
class PassageScorer {
  private readonly q: number;
  private readonly averagePassage: number;
  private readonly askedSeen: Uint8Array;

  constructor(
    private readonly slots: Slot[],
    askedCount: number,
    private readonly stats: TermStats,
    private readonly weights: RankWeights,
    private readonly scratch: Int32Array,
  ) {
    this.q = slots.length;
    this.averagePassage = Math.max(1, weights.averagePassage);
    this.askedSeen = new Uint8Array(askedCount);
  }

  /** Adds each passage of the candidate that matches to `raw`, with its own score and its report's. */
  scoreReport(candidate: Candidate, raw: RawHit[]): void {
    const { q, stats, weights, averagePassage } = this;
    const { packed } = candidate;
    const layout = layoutOf(packed);
    const n = layout.passages;
    const counts = this.countTerms(packed, layout);
    const titleMatched = new Uint8Array(q);
    const titleScore = this.fieldScore(counts.title, 0, layout.titleLength, stats.averageTitleLength, titleMatched);
    const reportMatched = titleMatched.slice();
    // the text as one field, its title left out (the title is a field of its own)
    const textLength = packed.length - layout.tokens;
    const averageText = Math.max(1, stats.textLength / Math.max(1, stats.reports));
    const textScore = this.fieldScore(counts.total, 0, textLength, averageText, reportMatched);
    const reportScore = (textScore + titleScore) * this.askedMatched(reportMatched);
    if (reportScore === 0) return;
    const paragraph = (i: number) => packed[layout.paragraphs + i]!;
    const lengthOf = (i: number) => packed[layout.ends + i]! - (i > 0 ? packed[layout.ends + i - 1]! : 0);
    const byPassage = counts.passages;
    for (let i = 0; i < n; i++) {
      const matched = titleMatched.slice();
      const own = this.fieldScore(byPassage, i * q, lengthOf(i), averagePassage, matched);
      // the sentences beside it in the same paragraph, as one field
      const before = i > 0 && paragraph(i - 1) === paragraph(i);
      const after = i < n - 1 && paragraph(i + 1) === paragraph(i);
      const around = 2 * averagePassage;
      let context = 0;
      if (before && after) {
        const next = { counts: byPassage, offset: (i + 1) * q };
        context = this.fieldScore(byPassage, (i - 1) * q, lengthOf(i - 1) + lengthOf(i + 1), around, matched, next);
      } else if (before) context = this.fieldScore(byPassage, (i - 1) * q, lengthOf(i - 1), around, matched);
      else if (after) context = this.fieldScore(byPassage, (i + 1) * q, lengthOf(i + 1), around, matched);
      const { boost } = weights;
      const fields = boost.text * own + boost.title * titleScore + boost.context * context;
      const passageScore = fields * this.askedMatched(matched);
      if (passageScore > 0) raw.push({ candidate, ordinal: i, passageScore, reportScore, matched });
    }
  }

  /** How often each searched term occurs in the title, in each passage and in the whole text. */
  private countTerms(packed: PackedReport, layout: PackedLayout): ReportCounts {
    const { q, scratch } = this;
    const n = layout.passages;
    const title = new Uint32Array(q);
    for (let i = layout.title; i < layout.title + layout.titleLength; i++) {
      const slot = scratch[packed[i]!]!;
      if (slot >= 0) title[slot]!++;
    }
    const passages = new Uint32Array(n * q);
    const total = new Uint32Array(q);
    let passage = 0;
    let end = n ? packed[layout.ends]! : 0;
    for (let i = layout.tokens, k = 0; i < packed.length; i++, k++) {
      while (k >= end && passage < n - 1) end = packed[layout.ends + ++passage]!;
      const slot = scratch[packed[i]!]!;
      if (slot >= 0) {
        passages[passage * q + slot]!++;
        total[slot]!++;
      }
    }
    return { title, passages, total };
  }

  /**
   * Score of counts[offset .. offset+q) (plus `extra`'s counts when given) for a field of
   * `length` terms; marks the matched slots.
   */
  private fieldScore(
    counts: Uint32Array,
    offset: number,
    length: number,
    average: number,
    matched: Uint8Array,
    extra?: ExtraCounts,
  ): number {
    let sum = 0;
    for (let s = 0; s < this.q; s++) {
      const frequency = counts[offset + s]! + (extra ? extra.counts[extra.offset + s]! : 0);
      if (frequency === 0) continue;
      matched[s] = 1;
      const slot = this.slots[s]!;
      sum += slot.weight * slot.idf * termWeight(frequency, length, average);
    }
    return sum;
  }

  /** How many distinct question words the matched slots stand for. */
  private askedMatched(matched: Uint8Array): number {
    const { askedSeen } = this;
    askedSeen.fill(0);
    let count = 0;
    for (let s = 0; s < this.q; s++) {
      if (!matched[s]) continue;
      const { asked, alsoAsked } = this.slots[s]!;
      if (!askedSeen[asked]) {
        askedSeen[asked] = 1;
        count++;
      }
      if (alsoAsked >= 0 && !askedSeen[alsoAsked]) {
        askedSeen[alsoAsked] = 1;
        count++;
      }
    }
    return count;
  }
}
