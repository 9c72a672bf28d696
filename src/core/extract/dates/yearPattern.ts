import type { DateMention } from '../../types.js';

/** A year written alone: "in 1998", "since 2003", "1875". */
const YEAR = /(?<![\p{L}\p{N}$£€¥#.,'’/-])(1\d\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per cent))/gu;
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
/** Before 1600 a four-digit number is a year only after a word that says so ("in 1390", "since 1313"). */
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

export function yearMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (COUNTED.test(text.slice(end, end + 20))) continue;
    if (Number(match[1]) < 1600 && !OLD_YEAR_CUE.test(text.slice(Math.max(0, start - 12), start))) continue;
    out.push({ text: match[0], type: 'date', value: match[1]!, precision: 'year', start, end });
  }
  return out;
}
