import type { DateMention } from '../../types.js';

/** "how long did the strike last?" asks for a length of time ("how long ago" asks for a date). */
const HOW_LONG = /\bhow\s+long\b(?!\s+ago)/i;

/**
 * Whether a time expression answers a when-question: dates and times of day do, and repetitions of a
 * named time ("every March", "each Monday"); lengths and bare repetitions ("daily") do not, and neither
 * do "now" or "recently", which only echo the report's date (the when-ranker still weighs those, apart,
 * where a report gives no other time). A "how long" question is answered by lengths only. Mentions
 * stored before expressions had a type are dates.
 */
export function answersQuestion(mention: DateMention, question: string): boolean {
  const type = mention.type ?? 'date';
  if (HOW_LONG.test(question)) return type === 'duration';
  if (type === 'set') return mention.timex !== undefined;
  return (type === 'date' || type === 'time') && !isReference(mention);
}

/** "now", "recently", "in the future": a time told only from the report's own day (TIMEX3's *_REF). */
export function isReference(mention: DateMention): boolean {
  return mention.timex?.endsWith('_REF') ?? false;
}
