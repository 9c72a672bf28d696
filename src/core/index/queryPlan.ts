import type { Query } from 'minisearch';
import { alternateTerms, type AlternateTerm } from '../text/initialisms.js';
import type { IndexOptions } from './indexOptions.js';
import type { SearchedTerm } from './rankPassages.js';

/** Weights of prefix and fuzzy expansions of a question word, against 1 for the word itself. */
export const EXPANSION_WEIGHT = { prefix: 0.5, fuzzy: 0.3 };
/** Weight of a title's other spelling ("ceo" for "chief executive"): the same title, so nearly a word asked. */
const ALTERNATE_WEIGHT = 0.8;

/** How one question is searched: which words go to MiniSearch, which to the common-word top lists. */
export interface QueryPlan {
  /** The MiniSearch queries of the words that are not common (longer ones with prefix and fuzzy matching). */
  selective: Query[];
  /** Words in more reports than the common threshold: their candidates come from their top lists. */
  common: string[];
  /** Question words that may match longer or near spellings; an index term they find weighs less. */
  expandable: string[];
  /** Every question word, weight 1, standing for itself; then the terms searched for them. */
  weights: Map<string, SearchedTerm>;
  /** The question's own terms, and the terms the caller added: what another backend plans the search from. */
  request: { terms: string[]; also: readonly AlternateTerm[] };
}

/**
 * Sorts the question's index terms: a word the index lacks, or a rarer word of five letters
 * or more, also matches its longer forms and near spellings; a common word takes its
 * candidates from its top list; the rest are searched as they are.
 */
export function planQuery(
  terms: string[],
  frequency: (term: string) => number,
  commonThreshold: number,
  options: Pick<IndexOptions, 'prefixMinLength' | 'fuzzyMinLength'>,
  also: readonly AlternateTerm[] = [],
): QueryPlan {
  const weights = new Map<string, SearchedTerm>();
  const selective: Query[] = [];
  const common: string[] = [];
  const unknown: string[] = [];
  const expanded: string[] = [];
  for (const term of terms) {
    const reports = frequency(term);
    weights.set(term, { weight: 1, asked: term });
    if (reports === 0) {
      if (term.length >= options.prefixMinLength) unknown.push(term);
    } else if (reports > commonThreshold) common.push(term);
    else if (term.length >= options.prefixMinLength) expanded.push(term);
    else selective.push(term);
  }
  // a title written the other way ("CEO" for "chief executive"), and the terms the caller adds
  // (a leading title for "who leads"), are searched as they are, no longer forms
  for (const { term, asked, alsoAsked, weight = ALTERNATE_WEIGHT } of [...alternateTerms(terms), ...also]) {
    if (weights.has(term)) continue;
    weights.set(term, alsoAsked ? { weight, asked, alsoAsked } : { weight, asked });
    const reports = frequency(term);
    if (reports > commonThreshold) common.push(term);
    else if (reports > 0) selective.push(term);
  }
  const expandable = [...unknown, ...expanded];
  for (const term of expandable) {
    const fuzzy = term.length >= options.fuzzyMinLength ? 0.2 : false;
    selective.push({ queries: [term], prefix: true, fuzzy, maxFuzzy: 2, weights: EXPANSION_WEIGHT });
  }
  return { selective, common, expandable, weights, request: { terms, also } };
}

/** The question word an index term expands, and its weight: a longer form weighs more than a near spelling. */
export function expansionOf(term: string, asked: string[]): SearchedTerm {
  const prefixOf = asked.find((word) => term.startsWith(word));
  if (prefixOf) return { weight: EXPANSION_WEIGHT.prefix, asked: prefixOf };
  const nearest = asked.reduce((a, b) => (Math.abs(b.length - term.length) < Math.abs(a.length - term.length) ? b : a));
  return { weight: EXPANSION_WEIGHT.fuzzy, asked: nearest };
}
