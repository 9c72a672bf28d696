/**
 * Words that put what follows them ahead of the report: "will meet Roe Thursday", "is to reopen
 * the plant Tuesday", "as early as Tuesday". A closed set of English future forms ("will" not after a
 * word that makes it a noun: "the will", "political will"); a past verb of saying or a sentence end
 * between them and the date cuts the cue off.
 */
const FUTURE_CUE =
  /\b(?:(?<!\b(?:the|a|his|her|their|its|own|free|political|good|ill)\s)will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)?\s*to|(?:plans?|planned|scheduled|expected)\s+to|as\s+(?:soon|early)\s+as)\b|\w['’]ll\b/gi;
/** A sentence or clause end, or a past verb of saying, which close what a cue before them governs. */
const CUT_OFF = /[.;!?]|\b(?:said|says|told|announced|reported)\b/gi;
/** How far before a date a cue is looked for. */
const REACH = 80;

/** Whether the clause before offset `at` of `text` speaks of the future. */
export function futureBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  let lastCue = -1;
  for (const m of before.matchAll(FUTURE_CUE)) lastCue = m.index;
  if (lastCue < 0) return false;
  for (const m of before.matchAll(CUT_OFF)) if (m.index > lastCue) return false;
  return true;
}
