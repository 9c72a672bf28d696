import { isAbbreviation } from '../../text/sentences.js';

/**
 * Words that put what follows them ahead of the report: "will meet Roe Thursday", "is to reopen
 * the plant Tuesday", "as early as Tuesday". A closed set of English future forms ("will" not after a
 * word that makes it a noun: "the will", "political will"); a past verb of saying or a sentence end
 * between them and the date cuts the cue off.
 */
const FUTURE_CUE =
  /\b(?:(?<!\b(?:the|a|his|her|their|its|own|free|political|good|ill)\s)will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)?\s*to|(?:plans?|planned|scheduled|expected)\s+to|as\s+(?:soon|early)\s+as)\b|\w['’]ll\b/gi;
/**
 * A sentence or clause end, or a past verb of saying, which close what a cue before them governs
 * (the period of an abbreviation or initial does not: "will succeed Daniel P. Davison Feb. 1").
 */
const CUT_OFF = /[.;!?]|\b(?:said|says|told|announced|reported)\b/gi;
/** How far before a date a cue is looked for. */
const REACH = 80;

/** Whether the clause before offset `at` of `text` speaks of the future. */
export function futureBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  let lastCue = -1;
  for (const m of before.matchAll(FUTURE_CUE)) lastCue = m.index;
  if (lastCue < 0) return false;
  for (const m of before.matchAll(CUT_OFF)) {
    if (m.index <= lastCue) continue;
    if (m[0] === '.' && isAbbreviation(text, from + m.index)) continue;
    return false;
  }
  return true;
}

/**
 * Words right before a date that set a day still to come: a deadline ("by August"), a date a change
 * takes effect or a sum is paid ("effective Feb. 1", "payable Dec. 15 to holders of record Nov. 30").
 */
const DEADLINE_BEFORE = /\b(?:by|effective|payable|of\s+record)\s*$/i;

/** Whether the words right before offset `at` of `text` make the date there a deadline still to come. */
export function deadlineBefore(text: string, at: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}
