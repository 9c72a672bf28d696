import type { NewsdeskOptions } from '../src/core/newsdesk.js';
import { readJsonl } from './data.js';
import { qaRows, scoreQa, type QaItem, type QaScores } from './qa.js';
import type { EvalRow } from './rows.js';

export const SQUAD_FILE = 'dev/squad_who_when.jsonl';

interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  context: string;
  kind: 'who' | 'when';
  title: string;
}

/** SQuAD who/when questions; an article is a Wikipedia title. */
export function squadItems(file = SQUAD_FILE): QaItem[] {
  return readJsonl<SquadQuestion>(file).map((q) => ({ ...q, article: q.title }));
}

/**
 * SQuAD who/when questions asked across every distinct paragraph at once (each one an
 * undated report): the answer must be found in the whole set, not in a given paragraph.
 */
export function evalSquad(sample?: number, options: Partial<NewsdeskOptions> = {}): QaScores[] {
  return scoreQa(squadItems(), SQUAD_FILE, sample, options);
}

// Published: reading a given paragraph (an easier task than ours, which searches all of them), all question kinds.
const ANCHORS = {
  who: 'SQuAD v1.1 dev, all kinds, paragraph given: logistic regression 40.4 / 51.0, BiDAF 67.7 / 77.3',
  when: 'same: logistic regression 40.4 / 51.0; open-domain DrQA (all Wikipedia) 29.8 EM',
};

export function squadRows(sample?: number): EvalRow[] {
  return qaRows('SQuAD', evalSquad(sample), ANCHORS);
}
