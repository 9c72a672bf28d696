import { sentencesOf } from './sentences.js';

const MAX_TITLE = 200;
/** Characters of a text's start looked at for its first sentence. */
const TITLE_LOOK_CHARS = 4000;

const MIN_WORDS = 5;
/** A dateline before the first sentence: "Baku. 5 December. REPORT.AZ/", "LONDON (Reuters) -". */
const DATELINE = /^(?:[^\n]{0,60}?(?:\/|\)\s*-|\s[-–—])\s+)(?=\S)/;

/** The first sentence of a text with some words in it, without a dateline, shortened at a word to 200 characters. */
export function firstSentence(text: string): string {
  // the title is short: its sentence is looked for in the text's start only, whatever the text's length
  text = text.slice(0, TITLE_LOOK_CHARS);
  const spans = sentencesOf(text);
  let sentence = text.trim();
  for (let i = 0; i < spans.length; i++) {
    const candidate = text.slice(spans[i]!.start, spans[spans.length - 1]!.end);
    const own = text.slice(spans[i]!.start, spans[i]!.end);
    if (own.split(/\s+/).length >= MIN_WORDS || i === spans.length - 1) {
      sentence = own;
      break;
    }
    sentence = candidate;
  }
  const undated = sentence.replace(DATELINE, '');
  return shorten((undated.length >= 20 ? undated : sentence).replace(/\s+/g, ' ').trim(), MAX_TITLE);
}

/** Cuts at a word boundary and marks the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}
