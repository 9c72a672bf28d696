import { splitPassages, type PassageOptions } from '../text/passages.js';
import { processTerm, tokenize } from '../text/terms.js';
import type { Passage, Report } from '../types.js';

/** A report cut into passages, with the index terms of each passage and of the title. */
export interface ReportAnalysis {
  passages: Passage[];
  /** Index terms of each passage, in text order. */
  passageTerms: string[][];
  titleTerms: string[];
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
  const titleTerms = termList(report.title);
  const unique = new Set(titleTerms);
  let length = titleTerms.length;
  for (const terms of passageTerms) {
    length += terms.length;
    for (const term of terms) unique.add(term);
  }
  return { passages, passageTerms, titleTerms, unique, length };
}

/** Term frequencies of a list. */
export function frequencies(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
