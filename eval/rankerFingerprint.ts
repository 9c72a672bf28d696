// A short fingerprint of the candidates the ranker is trained on. `npm run train:ranker` writes it
// into models/ranker.json, and a test computes it again from the code as it is: when a change to
// candidates or features has not been followed by a refit, the two differ and the test says so.
import { createHash } from 'node:crypto';
import type { Newsdesk } from '../src/core/newsdesk.js';
import { reportsOf, warmDesk, type QaItem } from './qa.js';
import { qamrItems, QAMR_FILE } from './qamr.js';
import { stratifiedSample } from './sample.js';
import { partOf } from './split.js';
import { squadItems, SQUAD_FILE } from './squad.js';

/** Tune questions per data set whose candidates make the fingerprint: enough to notice a change, few enough for a test. */
export const FINGERPRINT_QUESTIONS = 40;

/** The fingerprint of a question's candidates: their answer texts and features, rounded so that float noise cannot move it. */
export function candidatesDigest(desk: Newsdesk, questions: QaItem[]): string {
  const hash = createHash('sha256');
  for (const q of questions) {
    hash.update(`${q.kind}\t${q.question}\n`);
    for (const c of desk.answerCandidates(q.kind, q.question).candidates) {
      const features = Object.entries(c.features)
        .filter(([, v]) => v !== 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${v.toFixed(6)}`);
      hash.update(`${c.answer.text}\t${features.join(' ')}\n`);
    }
  }
  return hash.digest('hex');
}

/** The sample of one set's tune questions, and the desk over all its tune reports (as training asks them). */
function sampleOf(items: QaItem[], file: string): { desk: Newsdesk; questions: QaItem[] } {
  const tune = items.filter((q) => partOf(q.article) === 'tune');
  const questions = stratifiedSample(tune, FINGERPRINT_QUESTIONS, (q) => q.kind);
  return { desk: warmDesk(reportsOf(tune, file).reports), questions };
}

/** The fingerprint of the ranker's training candidates: SQuAD's and QAMR's, one digest each. */
export function rankerFingerprint(): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [file, items] of [
    [SQUAD_FILE, squadItems()],
    [QAMR_FILE, qamrItems()],
  ] as const) {
    const { desk, questions } = sampleOf(items, file);
    result[file] = candidatesDigest(desk, questions);
  }
  return result;
}
