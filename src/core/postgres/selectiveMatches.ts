import type pg from 'pg';
import type { SearchFilter } from '../index/indexOptions.js';
import { termsStartingWith } from './commonListQueries.js';
import { matchTerms } from './corpusQueries.js';
import { matchScores, type ScoreBasis, type SearchedWord, weightOf } from './matchScores.js';

/**
 * Above this many reports holding a question's terms (summed over its terms), the database
 * ranks the matches and only the best are scored in Node: scoring one match costs about
 * 0.1 ms (its terms are read from the row), so the work of a question stays bounded.
 */
export const RANKED_ABOVE = 1000;
/** Matches the database ranks first, then scored in Node as MiniSearch scores them. */
export const RANKED_REPORTS = 300;

/** What a question's words that are not common found. */
export interface SelectiveMatches {
  /** Report number → score, as MiniSearch scores an OR search. */
  scores: Map<number, number>;
  /** The index terms matched. */
  lexemes: string[];
  /** Longer forms or near spellings that are common words, with their weight: their top lists stand for them. */
  listed: Array<[string, number]>;
}

/** How the words are searched. */
export interface SelectiveSearch {
  pool: pg.Pool;
  basis: ScoreBasis;
  /** Reads the reports per term of `terms` into the basis. */
  learn: (terms: string[]) => Promise<void>;
  /** Whether the RUM index can rank matches (otherwise every match is scored). */
  ranking: boolean;
  /** Above this many reports a term is common. */
  commonThreshold: number;
  /** Above this much work the matches are ranked (default `RANKED_ABOVE`). */
  rankedAbove?: number;
}

/**
 * Finds and scores the reports matching the question's words that are not common. When the
 * terms they stand for (longer forms and near spellings included) are in few reports, every
 * match is scored, exactly as in memory. Otherwise, where RUM is installed, a longer form or
 * near spelling that is itself common takes its top list, and the rest are ranked by RUM and
 * the best `RANKED_REPORTS` scored.
 */
export async function selectiveMatches(
  words: SearchedWord[],
  filter: SearchFilter,
  search: SelectiveSearch,
): Promise<SelectiveMatches> {
  const exact = words.filter((word) => !word.prefix).map((word) => word.asked);
  const prefixes = words.filter((word) => word.prefix).map((word) => word.asked);
  const near = words.flatMap((word) => [...word.near.keys()]);
  if (search.ranking) {
    const longer = [...(await termsStartingWith(search.pool, prefixes)).values()].flatMap((forms) => [...forms.keys()]);
    const terms = [...new Set([...exact, ...near, ...longer])];
    await search.learn(terms);
    const work = terms.reduce((sum, term) => sum + search.basis.frequency(term), 0);
    if (work > (search.rankedAbove ?? RANKED_ABOVE)) return ranked(words, terms, filter, search);
  }
  const matches = await matchTerms(search.pool, [...exact, ...near], prefixes, filter);
  await search.learn(matches.flatMap((m) => m.lexemes));
  return { scores: matchScores(matches, words, search.basis), lexemes: lexemesOf(matches), listed: [] };
}

async function ranked(
  words: SearchedWord[],
  terms: string[],
  filter: SearchFilter,
  search: SelectiveSearch,
): Promise<SelectiveMatches> {
  const common = (term: string) => search.basis.frequency(term) > search.commonThreshold;
  const listed = terms
    .filter(common)
    .map((term): [string, number] => [term, Math.max(...words.map((word) => weightOf(word, term)))]);
  const rest = terms.filter((term) => !common(term));
  const matches = await matchTerms(search.pool, rest, [], filter, RANKED_REPORTS);
  return { scores: matchScores(matches, words, search.basis), lexemes: lexemesOf(matches), listed };
}

function lexemesOf(matches: Array<{ lexemes: string[] }>): string[] {
  return [...new Set(matches.flatMap((m) => m.lexemes))];
}
