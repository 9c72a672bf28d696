import { answersQuestion, isReference } from '../../extract/dates/answerKinds.js';
import { isDateUnknown } from '../../extract/dates/dates.js';
import { addDays, formatValue, parseDay } from '../../extract/dates/calendar.js';
import { rangeParts } from '../../extract/dates/rangeParts.js';
import { LruMap } from '../../index/lru.js';
import { termsOf } from '../../text/terms.js';
import type { Annotations, Answer, DateMention, DatePrecision } from '../../types.js';
import type { ParsedQuery } from '../query.js';
import { askedPart } from './askedPart.js';
import { CandidatePool, type RankCandidate } from './candidates.js';
import { eventAnchors } from './eventAnchors.js';
import { expectedWhen, type ExpectedWhen } from './expected.js';
import { justDone } from './justDone.js';
import { asksFuture, endsBeforeReport } from './futureAsked.js';
import { inQuotation, shareInQuestion, spanFeatures, type Features, type HitContext } from './features.js';
import { askedEnd, askedEventEnd, orderFeatures } from './order.js';
import { periodPhrases, type PeriodPhrase } from './periods.js';

/**
 * Named periods and times told by an event are read from this many of the best passages only (they
 * cost a pass over the text).
 */
const PERIOD_PASSAGES = 10;
/**
 * `read` kept by passage text: the best passages of one topic come back question after question,
 * and reading them again (tagging, splitting sentences) would cost each time.
 */
function readOnce<T>(read: (text: string) => T): (text: string) => T {
  const kept = new LruMap<string, T>(4096);
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      value = read(text);
      kept.set(text, value);
    }
    return value;
  };
}
/** Times told by an event, by passage text. */
const anchorsOf = readOnce(eventAnchors);
/** Verbs in the present perfect, by passage text. */
const doneIn = readOnce(justDone);
/** "how long …" asks for a length, which a named period is not. */
const HOW_LONG = /\bhow\s+long\b/i;

/** "Baku. 5 December." before the first sentence is the report's own date, not an event's. */
function isDateline(date: DateMention, reportDate: string | null): boolean {
  return date.start < 60 && reportDate !== null && date.value === reportDate;
}

/** How fine each precision is; 'any' and 'span' ask for no calendar precision. */
const FINENESS: Record<DatePrecision | ExpectedWhen, number> = { any: 99, span: 99, year: 1, month: 2, day: 3 };

/** Precision features: the date's precision and whether it is the one the question asks for. */
function precisionFeatures(date: DateMention, expected: ExpectedWhen): Features {
  const kind = date.until ? 'span' : date.precision;
  const agrees = expected !== 'any' && (kind === expected || (expected === 'span' && Boolean(date.approximate)));
  const finer = !agrees && FINENESS[date.precision] > FINENESS[expected];
  return {
    [date.precision]: 1,
    span: date.until ? 1 : 0,
    precisionAgrees: agrees ? 1 : 0,
    precisionDisagrees: expected !== 'any' && !agrees ? 1 : 0,
    // "March 2007" for "what year" holds the year asked; "2007" for "what day" does not
    precisionFiner: finer ? 1 : 0,
  };
}

/** Every time expression of the passages, one candidate per value (or span), with its features. */
export function whenCandidates(
  contexts: HitContext[],
  annotated: Array<Annotations | null>,
  parsed: ParsedQuery,
  maxCitations: number,
): RankCandidate[] {
  const pool = new CandidatePool(maxCitations);
  const expected = expectedWhen(parsed.raw);
  const questionWords = new Set(termsOf(parsed.raw));
  const asked = askedEnd(parsed.raw);
  const eventEnd = askedEventEnd(parsed.raw);
  const partAsked = askedPart(parsed.raw);
  const future = asksFuture(parsed.raw);
  contexts.forEach((context, i) => {
    const annotations = annotated[i];
    if (!annotations) return;
    const { hit } = context;
    const inPassage = annotations.dates.filter(
      (d) => d.start >= hit.passage.start && d.end <= hit.passage.end && answersQuestion(d, parsed.raw),
    );
    const order = orderFeatures(inPassage, asked);
    for (const date of annotations.dates) {
      // "recently", "now", "in the future": no calendar answer, but the only one some reports give
      // ("the council recently faced a revolt"); weighed by features of their own
      const reference = isReference(date) && !HOW_LONG.test(parsed.raw);
      if (!answersQuestion(date, parsed.raw) && !reference) continue;
      if (date.start < hit.passage.start || date.end > hit.passage.end) continue;
      const terms = termsOf(date.text);
      // the question's own date ("what happened in 1990?") is not its answer
      if (terms.length > 0 && shareInQuestion(terms, questionWords) === 1) continue;
      const inQuote = inQuotation(annotations, date);
      // of a written range, the end the question asks about ("born" and "(1921–1998)") is the answer
      const parts = eventEnd ? rangeParts(date) : null;
      const end = eventEnd === 'start' ? parts?.first : parts?.last;
      const written = end ?? date;
      // "when will …" is not answered by a time already past when the report was written
      if (future && endsBeforeReport(written, hit.report.date)) continue;
      const features: Features = {
        ...spanFeatures(context, written, inQuote),
        ...precisionFeatures(written, expected),
        approximate: written.approximate ? 1 : 0,
        dateline: isDateline(written, hit.report.date) ? 1 : 0,
        ...order(written),
        ...(end ? { asksThisEnd: 1 } : {}),
      };
      // "in what year …" is answered with the year as written in "March 2007", "what month …" with
      // the month of "October 7, 1992"; each scored as the whole mention
      const answered = partAsked?.(written) ?? written;
      const scored = reference
        ? ownFeatures('reference', features)
        : countsFromUnknownDay(written)
          ? ofUnknownDay(features)
          : features;
      pool.add(dateKey(written), () => dateAnswer(answered), scored, hit, answered);
    }
    if (context.rank < PERIOD_PASSAGES && !HOW_LONG.test(parsed.raw)) {
      const read = { pool, context, annotations, questionWords };
      // a named period is no answer to "what day" or "what month"
      addPhrases(read, 'period', periodPhrases(hit.passage.text), {
        precisionDisagrees: expected === 'day' || expected === 'month' ? 1 : 0,
      });
      // "after Tom Hale", "before Velmont": a person, a body or a place is no event
      const anchors = anchorsOf(hit.passage.text).filter((a) => !endsOnName(annotations, hit.passage.start + a.end));
      addPhrases(read, 'anchored', anchors, {
        // "after the race" gives no year, month or day
        precisionDisagrees: expected !== 'any' && expected !== 'span' ? 1 : 0,
        // beside a written date, the date is likelier the time asked
        besideDate: inPassage.length > 0 ? 1 : 0,
      });
      if (hit.report.date && !future) addJustDone(read, hit.report.date, expected);
    }
  });
  return pool.list();
}

/**
 * A time counted from an undated report's day ("tomorrow", "now") is weighed by features of its own.
 * Shared, they let these answers set weights no calendar date of the tune parts could check: dates in
 * quotations, never an answer there, took a weight of -7.8 that every quoted date would then carry.
 */
function ofUnknownDay(features: Features): Features {
  return ownFeatures('dayUnknown', features);
}

/** The features under names of their own (`kind:name`), with `kind` itself set. */
function ownFeatures(kind: string, features: Features): Features {
  const own: Features = { [kind]: 1 };
  for (const [name, value] of Object.entries(features)) own[`${kind}:${name}`] = value;
  return own;
}

/**
 * "The Airbus A380 has made its maiden flight", in a report of 27 April 2005 whose sentence gives
 * no time: news tells what has just happened in the present perfect, and the report's date is when
 * it had happened by. Weighed as "recently" and "now" are (`reference`), which it stands for; the
 * answer carries the report's date and says so (`byReportDate`).
 */
function addJustDone({ pool, context, annotations }: PassageReading, reportDate: string, expected: ExpectedWhen): void {
  const { hit } = context;
  const offset = hit.passage.start;
  for (const done of doneIn(hit.passage.text)) {
    const [from, to] = [offset + done.sentenceStart, offset + done.sentenceEnd];
    // a time the sentence writes is the better answer, and a candidate of its own
    if (annotations.dates.some((d) => d.start < to && from < d.end)) continue;
    const span = { start: offset + done.start, end: offset + done.end };
    if (inQuotation(annotations, span)) continue;
    const mention: DateMention = { text: done.text, type: 'date', value: reportDate, precision: 'day', ...span };
    const features: Features = {
      ...spanFeatures(context, span, false),
      ...precisionFeatures(mention, expected),
      approximate: 1,
    };
    pool.add(
      `justDone:${reportDate}`,
      () => ({ text: done.text, score: 0, date: reportDate, precision: 'day', byReportDate: true }),
      ownFeatures('reference', features),
      hit,
      span,
    );
  }
}

/** Whether a name the tagger found ends at the offset. */
function endsOnName(annotations: Annotations, end: number): boolean {
  return annotations.entities.some((e) => e.end === end);
}

/**
 * A date or time counted from an undated report's day ("tomorrow", "this morning"). Not a length of
 * time: "four hours" (PT4H) has no digit before its T either, but counts from no day.
 */
function countsFromUnknownDay(date: DateMention): boolean {
  return date.type !== 'duration' && isDateUnknown(date.value);
}

/**
 * Candidates are one per value; times whose day is unknown are one per text ("tomorrow", "this
 * morning"), and so are lengths with an unknown number ("years", "several months": PXY, PXM).
 */
function dateKey(date: DateMention): string {
  if (date.type === 'duration')
    return date.value.includes('X') ? `${date.value}:${date.text.toLowerCase()}` : date.value;
  // "every Monday" and "every Friday" both repeat each week (P1W): which day is in the timex
  if (date.type === 'set') return `${date.value}:${date.timex ?? date.text.toLowerCase()}`;
  if (isDateUnknown(date.value)) return `${date.value}:${date.text.toLowerCase()}`;
  return date.until ? `${date.value}/${date.until}` : date.value;
}

/** TIMEX3's value of a calendar week: "1987-W08". */
const ISO_WEEK = /^\d{4}-W\d\d$/;

/**
 * A date as an answer: its text as written, its value and precision (none when no digit of it is
 * known); a length of time, its duration, and a time that repeats, how often, with no date. A
 * week ("last week") is the span of its seven days, not the Monday it starts on.
 */
function dateAnswer(date: DateMention): Omit<Answer, 'citations'> {
  if (date.type === 'duration') return { text: date.text, score: 0, duration: date.value };
  if (date.type === 'set') return { text: date.text, score: 0, repeats: date.value };
  if (isDateUnknown(date.value)) return { text: date.text, score: 0, dayUnknown: true };
  const until = date.until ?? (date.timex && ISO_WEEK.test(date.timex) ? daysAfter(date.value, 6) : undefined);
  return {
    text: date.text,
    score: 0,
    date: date.value,
    precision: date.precision,
    ...(until ? { until } : {}),
  };
}

/** The ISO day `days` after an ISO day; none when the value is no full day. */
function daysAfter(day: string, days: number): string | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) return undefined;
  return formatValue(addDays(parseDay(day), days), 'day');
}

/** What the phrases of one passage are read against. */
interface PassageReading {
  pool: CandidatePool;
  context: HitContext;
  annotations: Annotations;
  questionWords: Set<string>;
}

/**
 * Times a passage tells without a calendar value as candidates: named periods ("the Second World
 * War", feature `period`) and times told by an event ("after the race", feature `anchored`).
 */
function addPhrases(
  { pool, context, annotations, questionWords }: PassageReading,
  kind: 'period' | 'anchored',
  phrases: PeriodPhrase[],
  own: Features,
): void {
  const { hit } = context;
  for (const phrase of phrases) {
    const span = { start: hit.passage.start + phrase.start, end: hit.passage.start + phrase.end };
    if (annotations.dates.some((d) => span.start < d.end && d.start < span.end)) continue;
    if (shareInQuestion(termsOf(phrase.text), questionWords) === 1) continue;
    const inQuote = inQuotation(annotations, span);
    const features: Features = { ...spanFeatures(context, span, inQuote), ...own };
    // a time told by an event is weighed apart, as an undated day is: shared, the answers of one
    // question set (most of them in QAMR) moved the weights every calendar date carries
    const scored = kind === 'anchored' ? ownFeatures(kind, features) : { ...features, [kind]: 1 };
    const undated = kind === 'period' ? 'period' : 'event';
    pool.add(
      `${kind}:${phrase.text.toLowerCase()}`,
      () => ({ text: phrase.text, score: 0, undated }),
      scored,
      hit,
      span,
    );
  }
}
