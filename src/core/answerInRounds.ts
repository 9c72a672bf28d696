import { SpotPending } from './index/annotationCache.js';
import type { NewsIndex } from './index/newsIndex.js';
import { passTurn } from './load/slices.js';

/** Rounds after which a question finishes in one go (each round annotates at least one passage). */
const MAX_ROUNDS = 12;

/**
 * Answers a question on the in-memory index in rounds: when passages of reports not yet
 * annotated need annotating on the spot, each waits for a turn of its own, so a question on
 * a cold index holds the thread for about one passage's annotation at a time, never for all
 * of them (answers, timers and the gateway's heartbeat run in between).
 */
export async function answerInRounds<T>(index: NewsIndex, run: () => T): Promise<T> {
  const cache = index.annotationCache;
  const budget = cache.questionBudget();
  for (let round = 1; ; round++) {
    if (round >= MAX_ROUNDS) budget.stopSlicing();
    try {
      return cache.asQuestion(budget, run);
    } catch (error) {
      if (!(error instanceof SpotPending)) throw error;
      await passTurn();
      cache.annotatePending(error, budget);
      await passTurn();
    }
  }
}
