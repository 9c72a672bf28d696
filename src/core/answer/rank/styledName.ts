/**
 * Titles that belong to how a person is called, not to a job: "Queen Margaret", "Sir Tom
 * Hale", "Pope Clement", "Dr. Ann Roe". General English forms of address; offices
 * ("President", "Minister") stay roles and are not written into the answer.
 */
const STYLES =
  'Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Tsarina|Sultan|Shah|Pope|' +
  'Saint|St\\.?|Duke|Duchess|Archduke|Earl|Baron|Baroness|Countess|Dr\\.?';
/** A style right before the name, as a whole capitalised word. */
const STYLE_BEFORE = new RegExp(`(?<![\\p{L}.])(?:${STYLES})(?=\\s+$)`, 'u');

/**
 * A person's name as an answer gives it: with the title of address written right before it in the
 * text, when there is one. `before` is the text before the name (a few words are enough).
 * Returns the answer's text and how many characters before the name it starts.
 */
export function styledName(name: string, before: string): { text: string; lead: number } {
  const tail = before.slice(-24);
  const style = STYLE_BEFORE.exec(tail);
  if (!style) return { text: name, lead: 0 };
  return { text: `${style[0]} ${name}`, lead: tail.length - style.index };
}
