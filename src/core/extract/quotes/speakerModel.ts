import type { Attribution } from './quoteContext.js';
import type { Candidate } from './speakerFeatures.js';
import { SPEAKER_WEIGHTS } from './speakerWeights.js';

/** A candidate's score under the learned weights: the sum of the weights of its features. */
export function scoreOf(candidate: Candidate, weights: Record<string, number> = SPEAKER_WEIGHTS.weights): number {
  let score = 0;
  for (const feature of candidate.features) score += weights[feature] ?? 0;
  return score;
}

/**
 * The speaker the learned weights choose among the candidates, as an attribution. The rules' own
 * attribution is kept when the model picks it (it may carry an entity and whom the speaker was quoting).
 */
export function chooseSpeaker(candidates: Candidate[], rule: Attribution | null): Attribution | null {
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = scoreOf(c);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (!best || bestScore < SPEAKER_WEIGHTS.threshold || Object.keys(SPEAKER_WEIGHTS.weights).length === 0) return rule;
  const learned: Attribution = { pattern: 'learned', surface: best.surface };
  if (best.entity) learned.entity = best.entity;
  return best.attribution ?? learned;
}
