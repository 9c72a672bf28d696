/** A dated news report as loaded from the reports folder. */
export interface Report {
  /** The `id` field, else the file path relative to the reports folder without extension. */
  id: string;
  /** Report date `YYYY-MM-DD`, or null when the source gives none (JSON/JSONL only). */
  date: string | null;
  /** Given title, else the first sentence of the text. */
  title: string;
  /** The report text; every offset in the project points into this string. */
  text: string;
  /** Where the report was published, when the file says. */
  source?: string;
  /** The report's address, when the file gives one. */
  url?: string;
  /** Where it came from: path relative to the reports folder (and line for JSONL). */
  origin: { file: string; line?: number };
}

/** A window of sentences inside one paragraph, with offsets into `Report.text`. */
export interface Passage {
  /** `${reportId}#${ordinal}` */
  id: string;
  reportId: string;
  /** Its place among the report's passages, from 0. */
  ordinal: number;
  /** Index of the paragraph the passage lies in. */
  paragraph: number;
  /** Offsets in the report text. */
  start: number;
  end: number;
  /** `Report.text.slice(start, end)`. */
  text: string;
}

/** What kind of thing a name names. */
export type EntityType = 'person' | 'organization' | 'place';

/** A person, organisation or place named in a report. */
export interface EntityMention {
  /** Canonical name: honorifics and trailing punctuation removed, partial mentions joined to the full name. */
  text: string;
  type: EntityType;
  /** The words as written in the report. */
  surface: string;
  /** Offsets of `surface` in the report text. */
  start: number;
  end: number;
  /** Role or title the report gives the entity ("Minister of Defense"), when it gives one. */
  role?: string;
}

/** How much of a date the text gives. */
export type DatePrecision = 'year' | 'month' | 'day';

/** TIMEX3's kinds of time expression: a calendar date, a length of time, a time of day, a repetition. */
export type TimexType = 'date' | 'duration' | 'time' | 'set';

/** A time expression of a report, resolved against the report's date. */
export interface DateMention {
  /** The expression as written ("On December 4" → "December 4"). */
  text: string;
  /** What the expression names; mentions stored before this field existed are dates. */
  type: TimexType;
  /**
   * date and time: ISO value with the precision the text supports (YYYY, YYYY-MM or YYYY-MM-DD; a time
   * gives its day). duration and set: ISO 8601 duration as TIMEX3 writes it (P3Y, PT24H, P1W; X for unknown).
   */
  value: string;
  /** The precision of a date or time value; for a duration or set, of its unit. */
  precision: DatePrecision;
  /** TIMEX3's value where it says more than `value`: 1998-Q3, 1998-SU, 199, PRESENT_REF, 1998-02-06T15:00. */
  timex?: string;
  /** True when the text names a span ("last week") and `value` is its first day. */
  approximate?: boolean;
  /** When the text names a span between two dates ("1703–1709"): the ISO value of its end; `value` is its start. */
  until?: string;
  /** Offsets of `text` in the report text. */
  start: number;
  end: number;
}

/** A quotation of a report, with who said it when the report says. */
export interface QuoteMention {
  /** The quoted words exactly as in the report, without the quotation marks. */
  text: string;
  /** Canonical name of the speaker, or null when the report does not say. */
  speaker: string | null;
  /** The speaker as written ("Cooper", "he"). */
  speakerSurface: string | null;
  /** Whom the speaker was quoting, when the report says ("quoting … James Mattis"). */
  quoting: string | null;
  /** Offsets of the quoted words (inside the marks). */
  start: number;
  end: number;
}

/** Everything extraction finds in one report, with offsets into its text. */
export interface Annotations {
  /** Set when annotating passed its time budget: what is here covers the report's start only. */
  incomplete?: true;
  /** People, organisations and places, in text order. */
  entities: EntityMention[];
  /** Time expressions, in text order. */
  dates: DateMention[];
  /** Quotations, in text order. */
  quotes: QuoteMention[];
}

/** A stretch of a text, by character offsets (`end` exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** The passage and report an answer comes from. */
export interface Citation {
  reportId: string;
  /** The report's date, `YYYY-MM-DD`, or null when it has none. */
  reportDate: string | null;
  /** The report's title. */
  title: string;
  /** The cited passage text. */
  passage: string;
  /** Offsets of the passage in the report text. */
  start: number;
  end: number;
  /** Offsets of the answer itself inside the report text, when it is a span of it. */
  answerStart?: number;
  answerEnd?: number;
  /**
   * The passage's words that match the question's topic (the words to show in bold), as
   * offsets into `passage` (not into the report text), in order, never overlapping.
   */
  matches: TextSpan[];
}

/** The kinds of question: people and organisations, dates, quotations, passages. */
export type AnswerKind = 'who' | 'when' | 'quote' | 'search';

/** One answer: a name, a date, a quotation or a passage, with the passages it is cited from. */
export interface Answer {
  /** The answer as written in the report. */
  text: string;
  /** How well it answers, higher is better; comparable within one result only. */
  score: number;
  /** who: person | organization | place */
  type?: EntityType;
  /** who: the role the report gives */
  role?: string;
  /** when: ISO value */
  date?: string;
  /** when: precision of `date` */
  precision?: DatePrecision;
  /** when: the ISO value of the span's end, when the answer is a span ("1703–1709") */
  until?: string;
  /**
   * when: the report tells the event as just done, with no time of its own ("has made its maiden
   * flight"): `date` is the report's own date, by which it had happened, and `text` the verb's words
   */
  byReportDate?: boolean;
  /** when: a time counted from the report's own day, which the report does not give ("tomorrow"): no `date` */
  dayUnknown?: boolean;
  /** when, "how long …": a length of time, ISO 8601 as TIMEX3 writes it ("four years" → P4Y, "hours" → PTXH): no `date` */
  duration?: string;
  /** when: a time that repeats ("every Monday" → P1W, each week), ISO 8601 as TIMEX3 writes it: no `date` */
  repeats?: string;
  /** when: a time with no calendar value, a named period ("the Second World War") or one told by an event ("after landing") */
  undated?: 'period' | 'event';
  /** quote: canonical speaker name or null */
  speaker?: string | null;
  /** quote: whom the speaker was quoting */
  quoting?: string | null;
  /** Where the answer is found, best first. */
  citations: Citation[];
}

/** The question as the answers read it, and what it was limited to (`AskResult.parsed`). */
export interface ParsedQuery {
  /** As the user wrote it: spaces collapsed, trimmed, cut at 500 characters. */
  raw: string;
  /** The question without its question words ("Who met Laura Cooper?" → "met Laura Cooper"): what is searched. */
  topic: string;
  /** Index terms of the topic (stop words out, words stemmed): what the matched spans match. */
  terms: string[];
  /** Earliest report date the answers were limited to, `YYYY-MM-DD`. */
  from?: string;
  /** Latest report date the answers were limited to, `YYYY-MM-DD`. */
  to?: string;
  /** quote: the speaker the quotations were limited to. */
  speaker?: string;
  /** The reports the answers were limited to (a follow-up question). */
  reports?: string[];
}

/** The answers to one question of one kind. */
export interface AskResult {
  /** The kind of question answered. */
  command: AnswerKind;
  /** The question as asked (`parsed.raw`). */
  query: string;
  /** The question as parsed, with the limits applied: enough to ask it again or to show what was searched. */
  parsed: ParsedQuery;
  /** Total answers found before the limit was applied. */
  total: number;
  /** The best answers, best first. */
  answers: Answer[];
  /** Set when no answer reached the answer ranker's learned confidence (`answers` is then empty). */
  nothingFound?: NothingFound;
}

// --- answer ranker: "nothing found in the reports" ---

/** Why a question got no answer: the best candidate's confidence fell below the threshold learned on tune data. */
export interface NothingFound {
  /** Confidence (0..1) of the best candidate, 0 when there was none. */
  confidence: number;
  /** The least confidence an answer needs. */
  threshold: number;
  /**
   * Why: `confidence` (no candidate reached the threshold) or `unknown-words` (half or more of
   * the question's words are in no report: the reports are not about what is asked).
   */
  reason: 'confidence' | 'unknown-words';
  /** The passages closest to the question, for the reader to judge. */
  closest: Citation[];
}
