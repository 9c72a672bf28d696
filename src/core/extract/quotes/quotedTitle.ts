/** Small words a title leaves in lower case: "Meet the Press", "This Week With David Brinkley". */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
]);
/** Titles of works are short; a longer run of capitals is more likely speech in capitals. */
const MAX_TITLE_WORDS = 8;

/**
 * Quoted words written as a title of a work, a programme or a slogan rather than speech: two or
 * more words, every one but the small ones capitalised, at least two of them not small, and no
 * sentence mark ("This Week With David Brinkley,", "Meet the Press"). Words that close on a full
 * stop, "!" or "?" are an utterance, however written ("Dump Trump."), and stay a quotation.
 */
export function isQuotedTitle(quoted: string): boolean {
  const words = quoted
    .trim()
    .replace(/[,;:]+$/, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  if (words.some((w) => /[.!?;:]$/.test(w))) return false;
  let capitalised = 0;
  for (const [i, word] of words.entries()) {
    const small = SMALL_WORDS.has(word.toLowerCase());
    if (/^[\p{Lu}\p{N}]/u.test(word)) {
      if (!small || i === 0) capitalised++;
    } else if (!small || i === 0) return false;
  }
  return capitalised >= 2;
}
