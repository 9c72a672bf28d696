import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeedbackEvalRow } from '../src/core/feedback/feedback.js';
import { exactMatch } from './metrics.js';
import { qaRows, reportsOf, scoreQa, warmDesk, type QaItem } from './qa.js';
import { share, type EvalRow } from './rows.js';

/** The rows `npm run -s cli -- feedback export` wrote (a path from the working folder). */
export function readFeedbackRows(file: string): FeedbackEvalRow[] {
  return readFileSync(resolve(file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FeedbackEvalRow);
}

/**
 * The team's own questions: the 👍 who/when answers scored like the reading sets (each cited
 * passage an undated report), and how many 👎 answers are still given first.
 */
export function feedbackRows(file: string): EvalRow[] {
  const rows = readFeedbackRows(file);
  const asQa = (r: FeedbackEvalRow): QaItem => ({ ...r, kind: r.kind as 'who' | 'when', article: r.title });
  const qaKinds = rows.filter((r) => r.kind === 'who' || r.kind === 'when');
  const good = qaKinds.filter((r) => r.verdict === 'up').map(asQa);
  const out = good.length ? qaRows('feedback', scoreQa(good, file)) : [];
  const bad = qaKinds.filter((r) => r.verdict === 'down');
  if (bad.length) {
    const { reports } = reportsOf(qaKinds.map(asQa), file);
    const desk = warmDesk(reports);
    const still = bad.filter((r) => {
      const top = desk.ask(r.kind as 'who' | 'when', r.question, { limit: 1 }).answers[0];
      return top !== undefined && exactMatch(top.text, r.rejected) === 1;
    }).length;
    const measure = '👎 answer still given first';
    out.push({
      set: 'feedback',
      part: 'all',
      measure,
      strict: share(still, bad.length),
      lenient: null,
      count: bad.length,
    });
  }
  return out;
}
