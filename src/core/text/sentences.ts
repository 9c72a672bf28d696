/** A character span [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Months written short with a period ("Dec. 4"): the sentence goes on after them. */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Words that end with a period without ending the sentence. */
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
  'cmdr',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'vs',
  'etc',
  'no',
  'nos',
  'vol',
  'fig',
  ...MONTH_ABBREVIATIONS,
  'mt',
  'ft',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'approx',
  'dept',
  'est',
  'govt',
  'univ',
  'ave',
  'blvd',
]);

const CLOSERS = '"\'”’)]»';

/**
 * Paragraph spans: blocks separated by blank lines; a single line break also ends a
 * paragraph unless the next line starts in lower case (a hard-wrapped line).
 */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    const next = text[j];
    const blank = next === '\n';
    const continuation = next !== undefined && /\p{Ll}/u.test(next);
    if (blank || !continuation) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

/** Sentence spans inside [start, end) of `text`. */
export function sentences(text: string, start = 0, end = text.length): Span[] {
  return [...sentenceSpans(text, start, end)];
}

/** Sentence spans inside [start, end) of `text`, one at a time (a caller may pause between them). */
export function* sentenceSpans(text: string, start = 0, end = text.length): Generator<Span> {
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    // the marks of a run ("...", "?!") decide together: the next look starts after them
    const markRunEnd = j - 1;
    if (j < end && !/\s/.test(text[j]!)) {
      i = markRunEnd;
      continue;
    }
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && !startsSentence(text[k]!)) {
      i = markRunEnd;
      continue;
    }
    if (ch === '.' && isAbbreviation(text, i)) {
      i = markRunEnd;
      continue;
    }
    const span = trimSpan(text, sentenceStart, j);
    if (span) yield span;
    sentenceStart = j;
    i = j - 1;
  }
  const last = trimSpan(text, sentenceStart, end);
  if (last) yield last;
}

/** Sentence spans of the whole text, never crossing a paragraph. */
export function sentencesOf(text: string): Span[] {
  return paragraphs(text).flatMap((p) => sentences(text, p.start, p.end));
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"'“‘([«]/u.test(ch);
}

/** Longer words are never abbreviations: the look back stops there (so a run like "a.b.c.…" stays linear). */
const LONGEST_ABBREVIATION = 12;

/** Capitals each followed by a period, the last period left out: "E.F", "J.P", "U.S". */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Eras written as initials, the last period left out. */
const ERAS = new Set(['B.C', 'A.D', 'B.C.E', 'C.E']);

/** Whether the full stop at `dot` ends an abbreviation or an initial ("Capt.", "J."), not a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  const stop = Math.max(-1, dot - 1 - LONGEST_ABBREVIATION);
  while (k > stop && /[\p{L}.]/u.test(text[k]!)) k--;
  if (k === stop && stop >= 0 && /[\p{L}.]/u.test(text[k]!)) return false;
  const word = text.slice(k + 1, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "J. Smith"
  // initials run together: "E.F. Hutton", "J.P. Morgan"; an era ("300 B.C.") often ends its sentence
  if (INITIALS.test(word) && !ERAS.has(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
