/** A Roman numeral of two letters or more with a one, five or ten in it: "XXI", "XLVIII", "IV" (not "DC", "CD"). */
const ROMAN_NUMERAL = /^(?=[MDCLXVI]{2,}$)(?=.*[IVX])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

/**
 * Whether a tagged name is only Roman numerals, the number of something named before it rather
 * than a name of its own: "Velt Cups XXI and XXIV" numbers games and names no body. After a name
 * the numeral stays part of it ("Henry VIII").
 */
export function isNumeralOnly(name: string): boolean {
  return name.split(/\s+/).every((w) => ROMAN_NUMERAL.test(w));
}
