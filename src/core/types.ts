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
  source?: string;
  url?: string;
  /** Where it came from: path relative to the reports folder (and line for JSONL). */
  origin: { file: string; line?: number };
}

/** A window of sentences inside one paragraph, with offsets into `Report.text`. */
export interface Passage {
  /** `${reportId}#${ordinal}` */
  id: string;
  reportId: string;
  ordinal: number;
  /** Index of the paragraph the passage lies in. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface EntityMention {
  /** Canonical name: honorifics and trailing punctuation removed, partial mentions joined to the full name. */
  text: string;
  type: EntityType;
  /** The words as written in the report. */
  surface: string;
  start: number;
  end: number;
  /** Role or title the report gives the entity ("Minister of Defense"), when it gives one. */
  role?: string;
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateMention {
  /** The expression as written ("On December 4" → "December 4"). */
  text: string;
  /** ISO value with the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  precision: DatePrecision;
  /** True when the text names a span ("last week") and `value` is its first day. */
  approximate?: boolean;
  /** When the text names a span between two dates ("1688–1692"): the ISO value of its end; `value` is its start. */
  until?: string;
  start: number;
  end: number;
}

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

export interface Annotations {
  /** Set when annotating passed its time budget: what is here covers the report's start only. */
  incomplete?: true;
  entities: EntityMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
}

export interface Citation {
  reportId: string;
  reportDate: string | null;
  title: string;
  /** The cited passage text. */
  passage: string;
  /** Offsets of the passage in the report text. */
  start: number;
  end: number;
  /** Offsets of the answer itself inside the report text, when it is a span of it. */
  answerStart?: number;
  answerEnd?: number;
}

export type AnswerKind = 'who' | 'when' | 'quote' | 'search';

export interface Answer {
  text: string;
  score: number;
  /** who: person | organization | place */
  type?: EntityType;
  /** who: the role the report gives */
  role?: string;
  /** when: ISO value */
  date?: string;
  /** when: precision of `date` */
  precision?: DatePrecision;
  /** when: the ISO value of the span's end, when the answer is a span ("1688–1692") */
  until?: string;
  /** quote: canonical speaker name or null */
  speaker?: string | null;
  /** quote: whom the speaker was quoting */
  quoting?: string | null;
  citations: Citation[];
}

export interface AskResult {
  command: AnswerKind;
  query: string;
  /** Total answers found before the limit was applied. */
  total: number;
  answers: Answer[];
}
