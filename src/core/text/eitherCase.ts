/**
 * A word for a case-sensitive pattern with its first letter in either case ("said" → "[Ss]aid"):
 * such a pattern can also require a capital elsewhere, which a case-blind flag would not allow
 * (under it `\p{Lu}` and `[A-Z]` match any letter).
 */
export function firstLetterEitherCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
}
