import type { DateMention } from '../../types.js';

/** A year written alone: "in 1998", "since 2003", "1875", "mid-1996" (the one hyphen a year follows). */
const YEAR =
  /(?:(?<=\bmid-)|(?<![\p{L}\p{N}$£€¥#.,'’/-]))(1\d\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per cent))/gu;
/** Words that say the number after them is a year ("in", "since", "circa", "c."). */
const OLD_YEAR_CUE_WORDS = [
  'in',
  'since',
  'from',
  'by',
  'until',
  'till',
  'of',
  'year',
  'around',
  'circa',
  'c\\.',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'between',
  'and',
  'to',
  'during',
  'about',
  'ad',
  'AD',
];
/** Words before an old year that say it is one ("in 1390", "since 1313"). */
const OLD_YEAR_CUE = new RegExp(`(?:\\b(?:${OLD_YEAR_CUE_WORDS.join('|')})\\s+|[–-])$`, 'i');

/** Nouns that make a four-digit number a count, not a year ("2000 people"). */
const COUNTED_NOUNS = [
  'people',
  'persons',
  'men',
  'women',
  'children',
  'troops',
  'soldiers',
  'votes',
  'voters',
  'units',
  'jobs',
  'tons',
  'tonnes',
  'barrels',
  'miles',
  'kilometres',
  'kilometers',
  'km',
  'metres',
  'meters',
  'feet',
  'ft',
  'dollars',
  'euros',
  'pounds',
  'shares',
  'cars',
  'homes',
  'houses',
  'students',
  'members',
  'times',
  'cases',
  'deaths',
  'years',
  'hectares',
  'acres',
  'employees',
  'workers',
  'calories',
  'points',
  'yards',
  'seats',
  'copies',
  'words',
  'pages',
  'rooms',
  'beds',
  'patients',
  'delegates',
  'signatures',
  'mg',
  'kg',
  'mw',
  'gw',
  'bpd',
];
const COUNTED = new RegExp(`^\\s+(?:${COUNTED_NOUNS.join('|')})\\b`, 'i');
/** "(1288)", "(c. 1455": an old year standing alone in brackets, as works and reigns are dated. */
const OPENING_BRACKET = /\((?:c\.\s*)?$/;
/** "1115–1234", "1243–48": an old year that opens a span of years after it. */
const SPAN_AFTER = /^[–-](\d{4}|\d{2})(?![\p{L}\p{N}])/u;

/** Before 1600 a four-digit number is a year only where its surroundings say so. */
function oldYearCued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (OLD_YEAR_CUE.test(before)) return true;
  const span = SPAN_AFTER.exec(text.slice(end, end + 6));
  if (span) {
    const first = text.slice(start, end);
    const last = span[1]!.length === 4 ? span[1]! : first.slice(0, 2) + span[1]!;
    // a later year after the dash, not a count ("1200–1500 people")
    return last > first && !COUNTED.test(text.slice(end + span[0].length, end + span[0].length + 20));
  }
  return OPENING_BRACKET.test(before) && text[end] === ')';
}

export function yearMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (COUNTED.test(text.slice(end, end + 20))) continue;
    if (Number(match[1]) < 1600 && !oldYearCued(text, start, end)) continue;
    out.push({ text: match[0], type: 'date', value: match[1]!, precision: 'year', start, end });
  }
  return out;
}
