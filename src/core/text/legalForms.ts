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
