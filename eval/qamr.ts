import type { NewsdeskOptions } from '../src/core/newsdesk.js';
import { readJsonl } from './data.js';
import { qaRows, scoreQa, type QaItem, type QaScores } from './qa.js';
import type { EvalRow } from './rows.js';

export const QAMR_FILE = 'dev/qamr_who_when.jsonl';

interface QamrQuestion {
  id: string;
  question: string;
  answers: string[];
  context: string;
  kind: 'who' | 'when';
  wikinews_page_id: string;
}

/** QAMR who/when questions over single Wikinews sentences; an article is a Wikinews page. */
export function qamrItems(file = QAMR_FILE): QaItem[] {
  return readJsonl<QamrQuestion>(file).map((q) => ({
    question: q.question,
    answers: q.answers,
    context: q.context,
    kind: q.kind,
    article: q.wikinews_page_id,
    title: `Wikinews ${q.wikinews_page_id}`,
  }));
}

/** QAMR who/when asked across every sentence of the set at once. */
export function evalQamr(sample?: number, options: Partial<NewsdeskOptions> = {}): QaScores[] {
  return scoreQa(qamrItems(), QAMR_FILE, sample, options);
}

export function qamrRows(sample?: number): EvalRow[] {
  // QAMR publishes no who/when answer-choice figure; its answers are any argument span, many pronouns.
  return qaRows('QAMR', evalQamr(sample));
}
