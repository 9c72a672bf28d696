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
  if (words.length > 1 && endsInLegalForm(name)) words.pop();
  return words.join(' ');
}

/** Whether a name's last word, with or without its period, is a legal form ("Velmont Corp."). */
export function endsInLegalForm(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1) ?? '';
  return LEGAL_FORMS.has(last.toLowerCase().replace(/\.$/, ''));
}
