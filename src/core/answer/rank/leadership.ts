/**
 * "Who heads Ford?" asks for the role "Ford's chief executive": a verb of leading in the
 * question and a title of leading in a role are the same term when the two are compared.
 */

/** Stems of the question's words that ask who leads something. */
const ASKS_WHO_LEADS = new Set(['head', 'lead', 'leader', 'run', 'chair', 'manag', 'direct', 'helm', 'boss', 'govern']);

/** Stems of a role's words that make it the top of something. */
const LEADING_TITLES = new Set([
  'ceo',
  'chief',
  'executiv',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'head',
  'leader',
  'director',
  'boss',
  'governor',
  'manag',
]);

/** A second in command is not the one who leads ("vice president", "deputy head"). */
const SECOND_IN_COMMAND = new Set(['vic', 'deputy', 'assistant']);

/** The one term both sides are rewritten to. */
const LEADS = '\u0000leads';

/**
 * The question's and the role's terms with leading written the same way on both sides, when
 * the question asks who leads and the role is a leading one; otherwise both as given.
 */
export function leadershipTerms(queryTerms: string[], roleTerms: string[]): { query: string[]; role: string[] } {
  const asks = queryTerms.some((t) => ASKS_WHO_LEADS.has(t));
  const leads = roleTerms.some((t) => LEADING_TITLES.has(t)) && !roleTerms.some((t) => SECOND_IN_COMMAND.has(t));
  if (!asks || !leads) return { query: queryTerms, role: roleTerms };
  const rewrite = (terms: string[], words: Set<string>) => [...new Set(terms.map((t) => (words.has(t) ? LEADS : t)))];
  return { query: rewrite(queryTerms, ASKS_WHO_LEADS), role: rewrite(roleTerms, LEADING_TITLES) };
}
