import type { DateMention } from '../../types.js';

/** Words before an age that say how near it is ("about", "more than"): part of the expression in TimeML. */
const NEARNESS_WORDS = 'about|around|some|roughly|approximately|nearly|almost|over|more\\s+than|less\\s+than';
const NEARNESS = `(?:(?:${NEARNESS_WORDS})\\s+)?`;
/** "66 million years ago", "about 7,500 years ago", "1.8 million years ago": an age written in digits. */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const AGE_AGO = new RegExp(
  `\\b${NEARNESS}${NUMBER}\\s+(?:(thousand|million|billion)\\s+)?(?:years?|yrs?)\\s+ago\\b`,
  'gi',
);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** Ages below this are left to the general reader, which counts them back from the report's date. */
const LEAST_YEARS = 1000;
/** "Before present" counts from 1950 where the report gives no date of its own. */
const PRESENT_WITHOUT_DATE = 1950;

/**
 * Ages of a thousand years or more counted back from now ("66 million years ago"): dates at year
 * precision, `value` the year reached by counting back from the report's year (TIMEX3's "BC" form
 * before year 1). Shorter ages ("three years ago") are the general reader's.
 */
export function agesAgoMentions(text: string, reference: Date | null): DateMention[] {
  const present = reference?.getUTCFullYear() ?? PRESENT_WITHOUT_DATE;
  const out: DateMention[] = [];
  for (const m of text.matchAll(AGE_AGO)) {
    const years = Math.round(Number(m[1]!.replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1));
    if (!Number.isFinite(years) || years < LEAST_YEARS) continue;
    const year = present - years;
    const value = year > 0 ? String(year).padStart(4, '0') : `BC${String(1 - year).padStart(4, '0')}`;
    out.push({ text: m[0], type: 'date', value, precision: 'year', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
