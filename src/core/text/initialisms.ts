import { withoutLegalForm } from './legalForms.js';

/**
 * Titles news writes both as initials and in full ("CEO", "chief executive"): a question that
 * writes one finds passages that write the other.
 */

/** Each initialism's index term, and the index terms of the words it stands for. */
const TITLE_INITIALISMS: ReadonlyArray<{ initials: string; words: readonly string[] }> = [
  { initials: 'ceo', words: ['chief', 'executiv'] },
  { initials: 'cfo', words: ['chief', 'financial'] },
  { initials: 'coo', words: ['chief', 'operat'] },
];

/** An index term searched beside the question's own, and the question term it stands for. */
export interface AlternateTerm {
  term: string;
  asked: string;
  /** The term is a title's initials ("ceo"), standing for the title's words the question wrote out. */
  initials: boolean;
  /** Initials stand for both words of a title at once: the other one ("chief" beside "executiv"). */
  alsoAsked?: string;
  /** Its weight in the search against 1 for a word asked; a title's other spelling when not given. */
  weight?: number;
}

/**
 * The other spelling of each title the question's index terms name: "ceo" asks for "chief" and
 * "executiv" too (both standing for "ceo"); "chief" with "executiv" asks for "ceo" (standing for
 * both words, as one match of "CEO" matches the whole title).
 */
export function alternateTerms(terms: readonly string[]): AlternateTerm[] {
  const asked = new Set(terms);
  const out: AlternateTerm[] = [];
  for (const { initials, words } of TITLE_INITIALISMS) {
    if (asked.has(initials)) {
      for (const word of words) if (!asked.has(word)) out.push({ term: word, asked: initials, initials: false });
    } else if (words.every((w) => asked.has(w))) {
      out.push({ term: initials, asked: words[words.length - 1]!, alsoAsked: words[0]!, initials: true });
    }
  }
  return out;
}

/** The terms with each title's initials written out ("appl", "ceo" → "appl", "chief", "executiv"), for comparing titles. */
export function spelledOut(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const title = TITLE_INITIALISMS.find((t) => t.initials === term);
    out.push(...(title ? title.words : [term]));
  }
  return [...new Set(out)];
}

/** Small words a name's initials leave out: "Bank of England" → BE. */
const UNABBREVIATED = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', '&']);

/**
 * The initials a name of several words is written as: "General Motors" → "GM", "Bank of Lakeview"
 * → "BL", "North-West Rail" → "NWR", "Velmont Motors Corp" → "VM". A hyphen's lower-case tail is
 * part of its word ("Co-operation" → "C"). Null for one word, or for a word in lower case other
 * than the small ones (not a name: "the board").
 */
export function initialsOf(name: string): string | null {
  const letters: string[] = [];
  // the legal form is not written in the initials: "Velmont Motors Corp" is VM
  const words = withoutLegalForm(name).split(/\s+/).filter(Boolean);
  for (const word of words) {
    if (UNABBREVIATED.has(word.toLowerCase())) continue;
    const [head, ...tails] = word.split('-');
    if (!head || !/^\p{Lu}/u.test(head)) return null;
    letters.push(head[0]!);
    for (const tail of tails) if (/^\p{Lu}/u.test(tail)) letters.push(tail[0]!);
  }
  return letters.length >= 2 ? letters.join('') : null;
}
