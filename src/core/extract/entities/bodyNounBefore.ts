/**
 * Nouns that name a company or another body and stand right before its name in news writing
 * ("auto parts giant Korvex", "private equity firm Zentrix"); general English, not a data set's words.
 * The CoNLL-2003 tune articles add those written only before bodies there: group, agency, club,
 * operator, side (a team), daily (a newspaper) ("champions" also stands before people); the BBC
 * tune articles add institute and band.
 */
export const BODY_NOUNS = new Set([
  'firm',
  'company',
  'group',
  'agency',
  'club',
  'operator',
  'side',
  'daily',
  'institute',
  'band',
  'giant',
  'airline',
  'bank',
  'lender',
  'insurer',
  'retailer',
  'conglomerate',
  'manufacturer',
  'brokerage',
  'newspaper',
  'broadcaster',
  'subsidiary',
  'supplier',
]);

/** The word right before a name, with nothing but a space between: "giant " of "giant Korvex". */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+) $/u;

/** A maker of something: carmaker, drugmaker, chipmaker ("maker" alone among them). */
const MAKER = /maker$/;

/** Whether a lower-case noun names a body: "firm", "airline", "carmaker". */
export function isBodyNoun(word: string): boolean {
  return BODY_NOUNS.has(word) || MAKER.test(word);
}

/** Whether the text right before a name calls it a body ("firm Zentrix"): then it is not a person. */
export function bodyNounBefore(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return word !== undefined && isBodyNoun(word);
}
