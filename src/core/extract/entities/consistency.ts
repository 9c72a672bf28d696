import { gazetteer } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';

/** Endings of company names: "Lockheed Martin Corp." is also written "Lockheed Martin". */
const COMPANY_SUFFIX = /\s+(?:Corp\.?|Corporation|Inc\.?|Co\.?|Ltd\.?|plc|PLC|AG|SA|NV|N\.V\.|Group|Holdings|LLC)$/;
/**
 * An adjective of nationality by its ending ("British", "Danish"): the company word list holds some
 * ("British"), and the tagger's other-name reading of them is the right one. "Dish" is too short to be one.
 */
const NATIONALITY = /^\p{Lu}\p{Ll}{2,}ish$/u;
/** A model number after a maker's name: "Airbus A330", "Boeing 747" (the maker stands for a product). */
const MODEL_NUMBER = /^\s+[A-Z]?\d/;

/**
 * One name, one kind within a report: a longer name found once ("Lockheed Martin Corp.") is
 * the same body where the tagger read part of it otherwise ("Lockheed Martin" → not "Martin",
 * a person), and a company's name the tagger took for a product (MISC) is the company unless
 * a model number follows.
 */
export function consistentNames(text: string, spans: NerSpan[]): NerSpan[] {
  const out = spans.map((s) => (isCompanyNotProduct(text, s) ? { ...s, type: 'ORG' as const } : s));
  const names = new Map<string, NerSpan['type']>();
  for (const s of out) {
    if (s.type !== 'ORG') continue;
    const name = text.slice(s.start, s.end);
    const stem = name.replace(COMPANY_SUFFIX, '');
    // a one-word stem is the body's name only where a company ending was written after it
    // ("Zentrix Corporation", then "Zentrix" alone)
    if (stem.includes(' ') || (stem !== name && /^\p{Lu}[\p{L}&-]{2,}$/u.test(stem))) names.set(stem, 'ORG');
  }
  for (const [name, type] of names) {
    for (const start of wholeWordsAt(text, name)) {
      const end = start + name.length;
      const overlapping = out.filter((s) => s.start < end && start < s.end);
      // a longer name already there ("Lockheed Martin Corp.") stays as it is
      if (overlapping.some((s) => s.start <= start && s.end >= end && s.type === type)) continue;
      if (overlapping.some((s) => s.start < start || s.end > end)) continue;
      for (const s of overlapping) out.splice(out.indexOf(s), 1);
      out.push({ start, end, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where `name` stands in `text` as whole words (no letter or digit just before or after), left to right, not overlapping. */
function* wholeWordsAt(text: string, name: string): Generator<number> {
  let from = 0;
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, from)) {
    const end = at + name.length;
    if (isWordAt(text, at - 1, true) || isWordAt(text, end, false)) {
      from = at + 1;
      continue;
    }
    yield at;
    from = end;
  }
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Whether the character ending (`before`) or starting at `at` is a letter or a digit (code points, not halves). */
function isWordAt(text: string, at: number, before: boolean): boolean {
  if (at < 0 || at >= text.length) return false;
  const low = before && at > 0 && /[\uDC00-\uDFFF]/.test(text[at]!) ? at - 1 : at;
  const point = text.codePointAt(low);
  return point !== undefined && WORD_CHARACTER.test(String.fromCodePoint(point));
}

function isCompanyNotProduct(text: string, span: NerSpan): boolean {
  if (span.type !== 'MISC') return false;
  const name = text.slice(span.start, span.end);
  if (name.includes(' ') || !/^\p{Lu}/u.test(name)) return false;
  const classes = gazetteer().single.get(name.toLowerCase()) ?? [];
  return (
    classes.includes('company') &&
    !classes.includes('demonym') &&
    !NATIONALITY.test(name) &&
    !MODEL_NUMBER.test(text.slice(span.end, span.end + 4))
  );
}
