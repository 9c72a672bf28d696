import type { NewsIndex, PassageHit } from '../index/newsIndex.js';
import { processTerm, termsOf } from '../text/terms.js';
import type { Answer, EntityMention, EntityType } from '../types.js';
import { citeHit, contextFit, normalizedScores, round } from './citation.js';
import type { AnswerOptions } from './options.js';
import { parseQuery, type ParsedQuery } from './query.js';

const TYPE_WEIGHT: Record<EntityType, number> = { person: 1, organization: 0.85, place: 0.45 };
/** How much a role that matches the question counts against the passage score. */
const ROLE_WEIGHT = 0.6;
/** Each further passage naming the same entity adds this much. */
const SUPPORT_BONUS = 0.02;
/** How much being close to the words the search matched counts. */
const PROXIMITY_WEIGHT = 0.35;
/** How much the question's words right around the answer count. */
const LOCAL_WEIGHT = 0.8;
/** How closely the question's words surround the answer. */
const ALIGN_WEIGHT = 2.5;

interface Candidate {
  answer: Answer;
  best: number;
  support: number;
}

/** People and organisations involved in the topic, best first. */
export function answerWho(index: NewsIndex, query: string, options: AnswerOptions): { total: number; answers: Answer[] } {
  const parsed = parseQuery(query);
  const hits = index.search(parsed.topic, { from: options.from, to: options.to, reports: options.reports, limit: options.passages });
  const weights = normalizedScores(hits);
  const candidates = new Map<string, Candidate>();
  const annotated = index.annotationsFor(hits);
  hits.forEach((hit, i) => {
    const annotations = annotated[i];
    if (!annotations) return;
    const roles = rolesOf(annotations.entities);
    const matched = new Set(hit.terms);
    const inPassage = annotations.entities.filter((m) => m.start >= hit.passage.start && m.end <= hit.passage.end);
    for (const mention of inPassage) {
      if (namedInQuery(mention.text, parsed)) continue;
      const role = roles.get(mention.text);
      const roleScore = role ? roleMatch(parsed.terms, role) : 0;
      const { proximity, local, aligned } = contextFit(hit.passage.text, hit.passage.start, mention, parsed.terms, matched, processTerm);
      // how the words around the mention fit the question counts as much as the passage itself matched
      const fit = 1 + PROXIMITY_WEIGHT * proximity + LOCAL_WEIGHT * local + ALIGN_WEIGHT * aligned;
      const score = (weights[i]! * fit + ROLE_WEIGHT * roleScore) * TYPE_WEIGHT[mention.type];
      addCandidate(candidates, mention, role, score, hit, options.citations);
    }
  });
  const answers = [...candidates.values()]
    .map((c) => ({ ...c.answer, score: round(c.best + SUPPORT_BONUS * Math.min(c.support - 1, 4)) }))
    .sort((a, b) => b.score - a.score);
  return { total: answers.length, answers: answers.slice(0, options.limit) };
}

function addCandidate(candidates: Map<string, Candidate>, mention: EntityMention, role: string | undefined, score: number, hit: PassageHit, maxCitations: number): void {
  const key = `${mention.type}:${mention.text.toLowerCase()}`;
  let candidate = candidates.get(key);
  if (!candidate) {
    const answer: Answer = { text: mention.text, score, type: mention.type, citations: [] };
    if (role) answer.role = role;
    candidate = { answer, best: score, support: 0 };
    candidates.set(key, candidate);
  }
  candidate.support++;
  const citation = citeHit(hit, mention);
  const already = candidate.answer.citations.some((c) => c.reportId === citation.reportId && c.start === citation.start);
  if (score > candidate.best) {
    candidate.best = score;
    if (role) candidate.answer.role = role;
    if (!already) candidate.answer.citations.unshift(citation);
  } else if (!already) {
    candidate.answer.citations.push(citation);
  }
  candidate.answer.citations.length = Math.min(candidate.answer.citations.length, maxCitations);
}

/** The role each entity of a report is given (first one found). */
export function rolesOf(entities: EntityMention[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const m of entities) if (m.role && !roles.has(m.text)) roles.set(m.text, m.role);
  return roles;
}

/** F1 of the question's terms against the role's terms: "US Secretary of Defense" fits Mattis better than Cooper. */
export function roleMatch(queryTerms: string[], role: string): number {
  const roleTerms = termsOf(role);
  if (roleTerms.length === 0 || queryTerms.length === 0) return 0;
  const roleSet = new Set(roleTerms);
  const overlap = queryTerms.filter((t) => roleSet.has(t)).length;
  if (overlap === 0) return 0;
  const precision = overlap / roleTerms.length;
  const recall = overlap / queryTerms.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The question names this entity ("Who met Laura Cooper?" is not answered by Laura Cooper). */
function namedInQuery(name: string, parsed: ParsedQuery): boolean {
  const nameTerms = termsOf(name);
  if (nameTerms.length === 0) return false;
  const queryTerms = new Set(parsed.terms);
  const all = nameTerms.every((t) => queryTerms.has(t));
  const some = nameTerms.some((t) => queryTerms.has(t));
  // a question that is only a name asks about that entity: keep it
  const onlyName = parsed.terms.every((t) => nameTerms.includes(t));
  return !onlyName && (all || (some && nameTerms.length > 1 && parsed.terms.length > 1 && lastTermIn(nameTerms, queryTerms)));
}

function lastTermIn(nameTerms: string[], queryTerms: Set<string>): boolean {
  return queryTerms.has(nameTerms[nameTerms.length - 1]!);
}
