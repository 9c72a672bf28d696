/** The legal forms that end a company's name ("Inc", "Corp", "Ltd"), lower case, without the period. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'gmbh',
]);

/**
 * A name without the legal form that ends it ("Velmont Motors Corp." → "Velmont Motors"); a name of
 * one word is left whole ("Co" alone is no company without its form).
 */
export function withoutLegalForm(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) words.pop();
  return words.join(' ');
}
