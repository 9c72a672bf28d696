import type { AlternateTerm } from '../../text/initialisms.js';

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
export const SECOND_IN_COMMAND = new Set(['vic', 'deputy', 'assistant']);

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

/** Stems of the verbs that ask who leads something ("who leads Velmont?", "who heads the party?"). */
const LEADING_VERBS = new Set(['lead', 'head', 'run', 'helm', 'chair']);

/** The titles searched for a question of leading: the words news gives the one at the top. */
const SEARCHED_TITLES = ['ceo', 'chairman', 'chairwoman', 'president', 'leader', 'chief'];

/** A leading title's weight in the search: a hint of the role asked, not a word of the question. */
const TITLE_WEIGHT = 0.5;

/**
 * "Who leads Velmont?": the titles of the one at the top, to search beside the question's words,
 * each standing for the verb asked, so that "Velmont CEO Tom Abel" is found though it says no
 * "lead". Only where "who" is the one leading: "who did Velmont lead?" asks another thing.
 */
export function leadingTitles(question: string, queryTerms: string[]): AlternateTerm[] {
  if (!ASKS_LEADER.test(question)) return [];
  const verb = queryTerms.find((t) => LEADING_VERBS.has(t));
  if (!verb) return [];
  return SEARCHED_TITLES.filter((t) => !queryTerms.includes(t)).map((term) => ({
    term,
    asked: verb,
    initials: false,
    weight: TITLE_WEIGHT,
  }));
}

/**
 * "Who leads …", "who now heads …", "who is leading …", "who ran …": who is the subject of
 * leading ("who was led?" asks the one led).
 */
const ASKS_LEADER =
  /^\s*who\s+(?:(?:now|currently|still)\s+)?(?:leads?|led|heads?|headed|runs?|ran|chairs?|chaired|helms?|helmed|(?:is|was)\s+(?:leading|heading|running|chairing))\b/i;
