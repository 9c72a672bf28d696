/** "Whose army …", "… a hallmark of whose directorship?": the owner is asked. */
const WHOSE = /\bwhose\b/i;
/** "'s" after a name ("Napoleon's army"), or a lone apostrophe after one ending in s ("Williams' wife"). */
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;
const PLURAL_POSSESSIVE = /^['’](?=\s+\p{Ll})/u;

/** Whether a who-question asks whose something is. */
export function asksWhose(question: string): boolean {
  return WHOSE.test(question);
}

/**
 * How many characters of possessive ending follow an answer in its passage ("'s" of "Napoleon's
 * army", "'" of "Williams' wife"): a "whose" question is answered as the report writes the owner.
 * 0 when none follows, or a lone apostrophe may close a quotation ("'Velmont' he said" has a
 * capital or no word after it; a name not ending in s takes no lone apostrophe).
 */
export function possessiveLength(answer: string, after: string): number {
  const found = POSSESSIVE.exec(after) ?? (/s$/i.test(answer) ? PLURAL_POSSESSIVE.exec(after) : null);
  return found?.[0].length ?? 0;
}
