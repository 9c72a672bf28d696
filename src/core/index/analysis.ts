import { splitPassages, type PassageOptions } from '../text/passages.js';
import { processTerm, tokenize } from '../text/terms.js';
import type { Passage, Report } from '../types.js';

/** A report cut into passages, with the index terms of each passage and of the title. */
export interface ReportAnalysis {
  passages: Passage[];
  /** Index terms of each passage, in text order. */
  passageTerms: string[][];
  /** How often each term occurs in each passage. */
  passageCounts: Array<Map<string, number>>;
  titleTerms: string[];
  titleCounts: Map<string, number>;
  /** How often each term occurs in the whole text (title left out). */
  textCounts: Map<string, number>;
  /** Every term once. */
  unique: Set<string>;
  /** Terms in the title and text together. */
  length: number;
}

export function termList(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

export function analyzeReport(report: Pick<Report, 'id' | 'text' | 'title'>, options: Partial<PassageOptions> = {}): ReportAnalysis {
  const passages = splitPassages(report, options);
  const passageTerms = passages.map((p) => termList(p.text));
  const passageCounts = passageTerms.map(frequencies);
  const titleTerms = termList(report.title);
  const titleCounts = frequencies(titleTerms);
  const textCounts = new Map<string, number>();
  let length = titleTerms.length;
  for (const counts of passageCounts) {
    for (const [term, count] of counts) textCounts.set(term, (textCounts.get(term) ?? 0) + count);
  }
  for (const terms of passageTerms) length += terms.length;
  const unique = new Set([...titleCounts.keys(), ...textCounts.keys()]);
  return { passages, passageTerms, passageCounts, titleTerms, titleCounts, textCounts, unique, length };
}

/** Term frequencies of a list. */
export function frequencies(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
