import type { Writable } from 'node:stream';
import type { Config } from '../config.js';
import { feedbackEvalRows, readFeedback } from '../core/feedback/feedback.js';
import { FileStateStore } from '../core/state/fileStateStore.js';
import type { StateStore } from '../core/state/stateStore.js';

/**
 * `feedback export`: the verdicts given on the bot's answers (each user's latest per answer),
 * one JSON line each in the format of the eval's reading sets (id, question, answers, context,
 * kind, title; a 👎 answer under `rejected`), on stdout. `npm run eval -- --feedback=FILE`
 * scores the bot on them. Never opens the index.
 */
export async function runFeedbackCli(
  argv: string[],
  config: Config,
  out: Writable = process.stdout,
  err: Writable = process.stderr,
  store: StateStore = new FileStateStore(config.STATE_DIR),
): Promise<number> {
  const [, action, ...rest] = argv;
  if (action !== 'export' || rest.length > 0) {
    err.write('error: usage: npm run -s cli -- feedback export > feedback.jsonl\n');
    return 2;
  }
  try {
    const rows = feedbackEvalRows(await readFeedback(store));
    for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
    err.write(`${rows.length} verdict${rows.length === 1 ? '' : 's'} exported from ${config.STATE_DIR}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
