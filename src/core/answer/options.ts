/** How many answers one question gets and what they are limited to; defaults in `defaultAnswerOptions`. */
export interface AnswerOptions {
  /** Most answers returned. */
  limit: number;
  /** Passages read to gather candidate answers. */
  passages: number;
  /** Earliest report date, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Latest report date, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /**
   * quote: only this speaker's quotations: the speaker's name (or that of whom they quote) contains
   * it or is a word of it, or the role the report gives the speaker names it ("Apple" for "Apple CEO").
   */
  speaker?: string;
  /** Only passages of these reports (a follow-up question about the report cited before). */
  reports?: string[];
  /** Most citations kept per answer. */
  citations: number;
}

/** The answer settings used where none are given. */
export const defaultAnswerOptions: AnswerOptions = { limit: 5, passages: 40, citations: 3 };
