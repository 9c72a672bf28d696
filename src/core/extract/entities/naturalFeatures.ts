/**
 * Last words that make a name a natural feature of the land or the sea: "Red Sea", "Palk Strait",
 * "South Island", "Northern Cape". In CoNLL-2003's tune part, names with such a word are places 23
 * times in 28 (the rest: a war, "Gulf War", and a body whose own head word comes first). "Bay" and
 * "channel" end names of teams and broadcasters too ("Tampa Bay", "Discovery Channel"): they count
 * only before "of".
 */
const LAST_WORDS = new Set([
  'sea',
  'ocean',
  'gulf',
  'strait',
  'straits',
  'river',
  'lake',
  'island',
  'islands',
  'isle',
  'cape',
  'peninsula',
  'mountains',
  'valley',
  'canal',
  'desert',
  'coast',
]);
/** First words of a feature named "… of" a place: "Bay of Biscay", "Gulf of Aden", "Isle of Wight". */
const FIRST_WORDS_BEFORE_OF = new Set([...LAST_WORDS, 'bay', 'channel']);

/**
 * Whether a name of two or more words names a natural feature by its head word: the last word
 * ("Red Sea"), or the first before "of" ("Bay of Biscay"). The caller keeps bodies whose own head
 * word is in the name ("Gulf Coast Authority").
 */
export function namesNaturalFeature(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  if (FIRST_WORDS_BEFORE_OF.has(words[0]!) && words[1] === 'of') return true;
  return LAST_WORDS.has(words[words.length - 1]!);
}
