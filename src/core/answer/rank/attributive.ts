/** The words a name is joined to when it only describes what follows: "London-based", "Ohio-born". */
const MODIFIER_ENDS = '(?:based|area|born|headquartered)';

/** Right after a name: the rest of the modifier it opens ("Trelby" + " City-based", "Trelby" + "-based"). */
const MODIFIER_AFTER = new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}'’]*)?-${MODIFIER_ENDS}\\b`, 'u');
/** A capitalised run that ends in such a modifier ("Trelby-based"). */
const MODIFIER_WORD = new RegExp(`-${MODIFIER_ENDS}$`, 'iu');

/**
 * A name written inside a modifier ("the Trelby City-based firm Orbis Partners", "a Trelby-based car
 * maker") tells where what follows is, and is not who did anything: it is no who-answer.
 * `after` is the text right after the name.
 */
export function namesInModifier(after: string): boolean {
  return MODIFIER_AFTER.test(after);
}

/** A run of capitalised words that is itself such a modifier ("Trelby-based"). */
export function isModifierRun(run: string): boolean {
  return MODIFIER_WORD.test(run);
}
