import type { PassageHit } from '../../index/newsIndex.js';
import type { Answer, NothingFound } from '../../types.js';
import { citeHit, round } from '../citation.js';
import type { RankCandidate } from './candidates.js';
import { calibrationInputs, confidence, MAX_MARGIN, rankScore, type LinearModel } from './model.js';

/** What an answer builder returns: the answers, best first, or why there are none. */
export interface BuiltAnswers {
  total: number;
  answers: Answer[];
  nothingFound?: NothingFound;
}

/** Passages shown when nothing is found. */
const CLOSEST_PASSAGES = 3;
/**
 * When at least this share of the question's words is in no report at all ("who won the
 * election?" over reports that never mention one), the reports are not about what is asked.
 */
const UNKNOWN_SHARE = 0.5;

/**
 * Scores each candidate by the model and orders them. When even the best falls below the
 * model's threshold, the reports do not answer the question: no answer, the closest passages instead.
 */
export function decide(
  candidates: RankCandidate[],
  hits: PassageHit[],
  model: LinearModel,
  limit: number,
): BuiltAnswers {
  const ranked = candidates
    .map((c) => ({ candidate: c, raw: rankScore(model.weights, c.features) }))
    .sort((a, b) => b.raw - a.raw || a.candidate.answer.text.localeCompare(b.candidate.answer.text));
  // each answer's confidence from its score and its lead over the next one
  const scored = ranked.map(({ candidate, raw }, i) => {
    const next = ranked[i + 1]?.raw;
    const inputs = calibrationInputs(raw, next === undefined ? MAX_MARGIN : raw - next, candidate.features);
    return { ...candidate.answer, score: round(confidence(model.calibration, inputs)) };
  });
  // shown scores never rise down the list, which keeps the ranking's order
  for (let i = 1; i < scored.length; i++) scored[i]!.score = Math.min(scored[i]!.score, scored[i - 1]!.score);
  const best = scored[0]?.score ?? 0;
  const unknown = ranked[0]?.candidate.features.unknown ?? 0;
  if (best < model.threshold || unknown >= UNKNOWN_SHARE) {
    const closest = hits.slice(0, CLOSEST_PASSAGES).map((hit) => citeHit(hit));
    const reason = best < model.threshold ? 'confidence' : 'unknown-words';
    return { total: 0, answers: [], nothingFound: { confidence: best, threshold: model.threshold, reason, closest } };
  }
  return { total: scored.length, answers: scored.slice(0, limit) };
}
