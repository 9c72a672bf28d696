/** Counts written as digits or words ("24", "three", "twenty-five", "a", "several"), for durations and sets. */

/** Numbers under twenty in words, each at its value ("zero" at 0). */
export const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Words that count without saying how many: the value gets TIMEX3's X. */
const VAGUE = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'a number of'];

const SMALL_WORD = `(?:${[...SMALL].reverse().join('|')})`;
/** "twenty", "twenty-five", "twenty five". */
const TENS_WORD = `(?:${TENS.join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?`;
/** A count: digits (with a thousands comma), number words, "a"/"an", or a vague count. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})?|${TENS_WORD}|${SMALL_WORD}|hundred|an?|${VAGUE.join('|')})`;

/** The number a count names, or null when it does not say (several, a few). */
export function countValue(written: string): number | null {
  const word = written.toLowerCase().trim();
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ''));
  if (word === 'a' || word === 'an') return 1;
  if (word === 'hundred') return 100;
  const small = SMALL.indexOf(word);
  if (small >= 0) return small;
  const [tens, unit] = word.split(/[- ]/);
  const ten = TENS.indexOf(tens ?? '');
  if (ten < 0) return null;
  return (ten + 2) * 10 + (unit ? Math.max(0, SMALL.indexOf(unit)) : 0);
}
