import type { PassageOptions } from '../text/passages.js';

/** How the index splits reports into passages, finds them and annotates them; defaults in `defaultIndexOptions`. */
export interface IndexOptions {
  /** How reports are split into passages. */
  passages: Partial<PassageOptions>;
  /** Field weights in ranking a passage: its own words, its report's title, the sentences beside it. */
  boost: { text: number; title: number; context: number };
  /** A question word that is not common, at least this long, also matches words that start with it. */
  prefixMinLength: number;
  /** A question word that is not common, at least this long, also matches words within 20 % edits. */
  fuzzyMinLength: number;
  /** Most passages one search returns. */
  maxHits: number;
  /** Weight of the whole report's match in a passage's score (0 = passages alone). */
  reportWeight: number;
  /** Reports whose passages are ranked for one search (the best matching reports). */
  candidateReports: number;
  /** A word found in more than this share of reports is common: its candidates come from its top list. */
  commonShare: number;
  /** ...and a word is never common below this many reports. */
  commonMinReports: number;
  /** Reports kept in a common word's top list. */
  commonListSize: number;
  /** Characters of passages not yet annotated that one question may annotate on the spot. */
  coldAnnotationChars: number;
  /**
   * ...and the time in ms it may spend doing so (the clock, whatever the text). 35 ms keeps a cold
   * question as quick as before the trained name tagger, which reads a passage about a quarter slower.
   */
  coldAnnotationMs: number;
  /**
   * Longest round of a question answered in rounds (`Newsdesk.answer`), in ms: past it, a passage
   * still to annotate on the spot waits for a turn of the event loop of its own.
   */
  spotSliceMs: number;
  /** Time in ms after which annotating one report on this thread stops and is marked incomplete. */
  annotationBudgetMs: number;
}

/** The index settings used where none are given. */
export const defaultIndexOptions: IndexOptions = {
  passages: {},
  boost: { text: 2, title: 0.8, context: 0.8 },
  prefixMinLength: 5,
  fuzzyMinLength: 6,
  maxHits: 200,
  reportWeight: 1,
  candidateReports: 60,
  commonShare: 0.02,
  commonMinReports: 400,
  commonListSize: 200,
  coldAnnotationChars: 2000,
  coldAnnotationMs: 35,
  spotSliceMs: 20,
  annotationBudgetMs: 5000,
};

/**
 * On-the-spot limits for a reader who can wait a second (the terminal and the CLI): each report a
 * question's passages come from is annotated whole, so an answer never depends on how far the
 * background annotation has got or on how busy the machine is.
 */
export const NO_CHAT_DEADLINE: Pick<IndexOptions, 'coldAnnotationChars' | 'coldAnnotationMs'> = {
  coldAnnotationChars: Number.POSITIVE_INFINITY,
  coldAnnotationMs: Number.POSITIVE_INFINITY,
};

/** What one search is limited to; every field is optional. */
export interface SearchFilter {
  /** Earliest report date, `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  /** Latest report date, `YYYY-MM-DD`, inclusive. */
  to?: string | undefined;
  /** Most hits returned (capped by `IndexOptions.maxHits`, which is also the default). */
  limit?: number;
  /** Only passages of these reports. */
  reports?: string[] | undefined;
}
