import type { NewsIndex } from '../index/newsIndex.js';
import { termsOf } from '../text/terms.js';
import type { Answer, Annotations } from '../types.js';
import type { AnswerOptions } from './options.js';
import type { ParsedQuery } from './query.js';
import { decide, type BuiltAnswers } from './rank/decide.js';
import { gather } from './rank/gather.js';
import { rankerModel } from './rank/model.js';
import { rolesOf } from './rank/who.js';
import { citeHit } from './citation.js';

export { roleMatch, rolesOf } from './rank/who.js';

/** "Who is X?", "who was X": the question asks about X itself. */
const WHO_IS = /^(?:who|what)\s+(?:is|was|are|were)\s+/i;

/** People, organisations, places and groups involved in the topic, best first, by the learned answer ranker. */
export function answerWho(index: NewsIndex, query: string, options: AnswerOptions): BuiltAnswers {
  const { parsed, hits, candidates } = gather(index, 'who', query, options);
  if (WHO_IS.test(parsed.raw)) {
    const itself = whoIs(parsed, hits, index.annotationsFor(hits), options.citations);
    if (itself) return { total: 1, answers: [itself] };
  }
  return decide(candidates, hits, rankerModel().who, options.limit);
}

/**
 * The entity the question names, with the role the reports give it: the one whose name holds
 * every word of the topic, named most often (one given a role first).
 */
function whoIs(
  parsed: ParsedQuery,
  hits: Parameters<typeof citeHit>[0][],
  annotated: Array<Annotations | null>,
  maxCitations: number,
): Answer | null {
  if (parsed.terms.length === 0) return null;
  const found = new Map<string, { answer: Answer; count: number }>();
  hits.forEach((hit, i) => {
    const entities = annotated[i]?.entities ?? [];
    const roles = rolesOf(entities);
    for (const m of entities) {
      if (m.start < hit.passage.start || m.end > hit.passage.end) continue;
      const nameTerms = new Set(termsOf(m.text));
      if (!parsed.terms.every((t) => nameTerms.has(t))) continue;
      const key = `${m.type}:${m.text.toLowerCase()}`;
      const entry = found.get(key) ?? { answer: { text: m.text, score: 1, type: m.type, citations: [] }, count: 0 };
      found.set(key, entry);
      entry.count++;
      const role = roles.get(m.text);
      if (role && !entry.answer.role) entry.answer.role = role;
      if (entry.answer.citations.length < maxCitations) entry.answer.citations.push(citeHit(hit, m));
    }
  });
  const ranked = [...found.values()].sort(
    (a, b) => Number(Boolean(b.answer.role)) - Number(Boolean(a.answer.role)) || b.count - a.count,
  );
  return ranked[0]?.answer ?? null;
}
