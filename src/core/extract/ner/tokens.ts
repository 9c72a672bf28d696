import { MONTH_ABBREVIATIONS } from '../../text/sentences.js';

/** A word or punctuation mark of a text, as the tagger sees it, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Marks split off the front of a word: `"Hello`, `(EADS`. */
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '`', '«', '<']);
/** Marks split off the end of a word: `said,`, `EADS)`. A period is handled apart. */
const CLOSERS = new Set([',', ';', ':', '!', '?', ')', ']', '}', '"', '”', '’', "'", '»', '>']);
/** Endings that newswire tokenisation writes as words of their own: `Germany 's`, `do n't`. */
const CLITICS = ["n't", 'n’t', "'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'d", '’d', "'m", '’m'];
/** Words whose final period belongs to the word. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'vs',
  'no',
  'mt',
  'ft',
  ...MONTH_ABBREVIATIONS,
  'plc',
  'messrs',
  'cie',
  'gmbh',
  'etc',
]);

/**
 * Splits a text into words and punctuation the way newswire tokenisation does: punctuation
 * around a word stands alone, possessive and negative endings are words of their own, and
 * abbreviations ("U.S.", "Corp.") keep their period. Linear in the text's length.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    let end = i;
    while (end < to && !isSpace(text.charCodeAt(end))) end++;
    splitAtDashes(text, i, end, tokens);
    i = end;
  }
  return tokens;
}

/** An em dash written with no spaces ("Ann Roe—the Velmont chair—said") parts two words. */
const EM_DASH = 0x2014;

function splitAtDashes(text: string, start: number, end: number, out: Token[]): void {
  let from = start;
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) !== EM_DASH) continue;
    if (at > from) splitChunk(text, from, at, out);
    out.push({ text: text[at]!, start: at, end: at + 1 });
    from = at + 1;
  }
  if (end > from) splitChunk(text, from, end, out);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 0x2028 || code === 0x2029;
}

function splitChunk(text: string, start: number, end: number, out: Token[]): void {
  const push = (s: number, e: number): void => {
    out.push({ text: text.slice(s, e), start: s, end: e });
  };
  if (isClitic(text.slice(start, end))) {
    push(start, end);
    return;
  }
  while (start < end - 1 && OPENERS.has(text[start]!)) push(start, ++start);
  const tail: Token[] = [];
  while (end > start + 1) {
    const last = text[end - 1]!;
    if (CLOSERS.has(last) || (last === '.' && !keepsPeriod(text.slice(start, end)))) {
      tail.unshift({ text: last, start: end - 1, end });
      end--;
    } else break;
  }
  const word = text.slice(start, end);
  const clitic = CLITICS.find((c) => word.length > c.length && word.toLowerCase().endsWith(c));
  if (clitic) {
    push(start, end - clitic.length);
    push(end - clitic.length, end);
  } else push(start, end);
  out.push(...tail);
}

function isClitic(word: string): boolean {
  return CLITICS.includes(word.toLowerCase());
}

/** "U.S.", "J.", "Corp.": the period is part of the word. "end." and "..." are not. */
export function keepsPeriod(word: string): boolean {
  if (/^(?:\p{L}\.)+$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}
