import type { Passage, Report } from '../types.js';
import type { ReportAnalysis } from './analysis.js';
import { inverseFrequency, termWeight } from './bm25.js';
import type { TermStats } from './termStats.js';

/** A passage a search found, with its report and how it matched. */
export interface PassageHit {
  passage: Passage;
  report: Report;
  score: number;
  /** Index terms of the passage (or its title or neighbours) that matched the query. */
  terms: string[];
}

/** An index term searched for: its weight (1 for the question's own words, less for expansions) and the question word it stands for. */
export interface SearchedTerm {
  weight: number;
  asked: string;
}

/** A report chosen for passage ranking, with its analysis. */
export interface Candidate {
  report: Report;
  analysis: ReportAnalysis;
}

export interface RankWeights {
  /** Field weights of a passage's own words, its report's title and its neighbour sentences. */
  boost: { text: number; title: number; context: number };
  /** Weight of the whole report's match in a passage's score (0 = passages alone). */
  reportWeight: number;
}

/**
 * Scores every passage of the candidate reports with BM25 over its words, its title and
 * the sentences beside it in the same paragraph, then adds how well the whole report
 * matched.
 */
export function rankPassages(candidates: Candidate[], terms: Map<string, SearchedTerm>, stats: TermStats, weights: RankWeights): PassageHit[] {
  const idf = new Map<string, number>();
  for (const term of terms.keys()) idf.set(term, inverseFrequency(stats.frequency(term), Math.max(stats.reports, 1)));
  let passageLengthSum = 0;
  let passageCount = 0;
  for (const { analysis } of candidates) {
    for (const list of analysis.passageTerms) passageLengthSum += list.length;
    passageCount += analysis.passages.length;
  }
  const averagePassage = Math.max(1, passageLengthSum / Math.max(1, passageCount));
  const score = (counts: Counts, length: number, average: number, matched?: Set<string>): number => {
    let sum = 0;
    for (const [term, { weight }] of terms) {
      const frequency = counts.get(term) ?? 0;
      if (frequency === 0) continue;
      matched?.add(term);
      sum += weight * idf.get(term)! * termWeight(frequency, length, average);
    }
    return sum;
  };
  // like MiniSearch, a match on more of the question's words multiplies the score
  const asked = (matched: Set<string>) => new Set([...matched].map((term) => terms.get(term)!.asked)).size;

  const raw: Array<{ passage: Passage; report: Report; passageScore: number; reportScore: number; terms: string[] }> = [];
  for (const { report, analysis } of candidates) {
    const titleMatched = new Set<string>();
    const titleScore = score(analysis.titleCounts, analysis.titleTerms.length, stats.averageTitleLength, titleMatched);
    const reportMatched = new Set(titleMatched);
    const reportScore = (score(analysis.textCounts, analysis.length, stats.averageLength, reportMatched) + titleScore) * asked(reportMatched);
    if (reportMatched.size === 0) continue;
    const { passages, passageTerms, passageCounts } = analysis;
    passages.forEach((passage, i) => {
      const matched = new Set(titleMatched);
      const own = score(passageCounts[i]!, passageTerms[i]!.length, averagePassage, matched);
      // the sentences beside it in the same paragraph, as one field
      const before = passages[i - 1]?.paragraph === passage.paragraph ? i - 1 : -1;
      const after = passages[i + 1]?.paragraph === passage.paragraph ? i + 1 : -1;
      let context = 0;
      if (before !== -1 || after !== -1) {
        const length = (passageTerms[before]?.length ?? 0) + (passageTerms[after]?.length ?? 0);
        context = score(neighbourCounts(passageCounts[before], passageCounts[after]), length, 2 * averagePassage, matched);
      }
      const passageScore = (weights.boost.text * own + weights.boost.title * titleScore + weights.boost.context * context) * asked(matched);
      if (passageScore > 0) raw.push({ passage, report, passageScore, reportScore, terms: [...matched] });
    });
  }
  const bestPassage = raw.reduce((best, r) => Math.max(best, r.passageScore), 1e-9);
  const bestReport = raw.reduce((best, r) => Math.max(best, r.reportScore), 1e-9);
  return raw
    .map(({ passage, report, passageScore, reportScore, terms: matched }) => ({
      passage,
      report,
      score: passageScore / bestPassage + weights.reportWeight * (reportScore / bestReport),
      terms: matched,
    }))
    .sort((a, b) => b.score - a.score || a.report.id.localeCompare(b.report.id) || a.passage.ordinal - b.passage.ordinal);
}

/** Anything that tells how often a term occurs. */
interface Counts {
  get(term: string): number | undefined;
}

/** The counts of the passages before and after, read as one. */
function neighbourCounts(before: Map<string, number> | undefined, after: Map<string, number> | undefined): Counts {
  return { get: (term) => (before?.get(term) ?? 0) + (after?.get(term) ?? 0) };
}
