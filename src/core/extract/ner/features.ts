import { gazetteerMarks } from './gazetteer.js';

/** Padding words outside the sentence. */
const BEFORE = '<s>';
const AFTER = '</s>';

/**
 * The word shape: capitals X, small letters x, digits d, other marks as written, runs of one
 * kind written once ("McDonald" → "XxXx", "1996-08-22" → "d-d-d", "U.S." → "X.X.").
 */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const kind = kindOf(ch);
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** X, x, d or the mark itself; ASCII read by code (most words), the rest by Unicode class. */
function kindOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{Nd}/u.test(ch) ? 'd' : ch;
}

/** A sentence written in capitals (a headline): its capitals say nothing about names. */
export function isCapsSentence(words: string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const w of words) {
    for (const ch of w) {
      const kind = kindOf(ch);
      if (kind === 'X' || kind === 'x') letters++;
      if (kind === 'X') capitals++;
    }
  }
  return letters >= 8 && capitals / letters > 0.8;
}

/**
 * The features of each word of a sentence that do not depend on the tags chosen before it:
 * the word, its shape, prefixes and suffixes, its neighbours, where it stands, word lists.
 */
export function staticFeatures(words: string[]): string[][] {
  const lowers = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const marks = gazetteerMarks(lowers);
  const caps = isCapsSentence(words);
  const at = (list: string[], i: number) => (i < 0 ? BEFORE : i >= list.length ? AFTER : list[i]!);
  return words.map((word, i) => {
    const w = lowers[i]!;
    const s = shapes[i]!;
    const f = ['b', `w=${w}`, `s=${s}`, `W=${word}`];
    for (let n = 1; n <= 4 && n <= w.length; n++) f.push(`p${n}=${w.slice(0, n)}`, `x${n}=${w.slice(-n)}`);
    f.push(
      `w-1=${at(lowers, i - 1)}`,
      `w+1=${at(lowers, i + 1)}`,
      `w-2=${at(lowers, i - 2)}`,
      `w+2=${at(lowers, i + 2)}`,
    );
    f.push(`s-1=${at(shapes, i - 1)}`, `s+1=${at(shapes, i + 1)}`, `s3=${at(shapes, i - 1)}|${s}|${at(shapes, i + 1)}`);
    f.push(`ww-1=${at(lowers, i - 1)}|${w}`, `ww+1=${w}|${at(lowers, i + 1)}`);
    if (i === 0) f.push(`first|${s}`);
    if (caps) f.push(`caps|${s}`, `capsw=${w}`);
    for (const m of marks[i]!) f.push(`g=${m}`);
    for (const m of marks[i - 1] ?? []) f.push(`g-1=${m}`);
    for (const m of marks[i + 1] ?? []) f.push(`g+1=${m}`);
    return f;
  });
}

/** The features that read the tags chosen for the words before this one. */
export function historyFeatures(previous: string, beforePrevious: string, lower: string): string[] {
  return [`t-1=${previous}`, `t-2=${beforePrevious}|${previous}`, wordHistoryFeature(previous, lower)];
}

/** The one history feature that reads the word too: the tag before it with the word. */
export function wordHistoryFeature(previous: string, lower: string): string {
  return `tw=${previous}|${lower}`;
}
