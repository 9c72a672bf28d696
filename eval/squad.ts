import { Newsdesk, type NewsdeskOptions } from '../src/core/newsdesk.js';
import type { Report } from '../src/core/types.js';
import { readJsonl } from './data.js';
import { exactMatch, tokenF1 } from './metrics.js';

interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  context: string;
  kind: 'who' | 'when';
  title: string;
}

export interface QaScores {
  kind: 'who' | 'when';
  questions: number;
  exact: number;
  f1: number;
  reportTop3: number;
  answered: number;
}

/**
 * SQuAD who/when questions asked across every distinct paragraph at once (each one an
 * undated report): the answer must be found in the whole set, not in a given paragraph.
 */
export function evalSquad(file = 'dev/squad_who_when.jsonl', limit?: number, options: Partial<NewsdeskOptions> = {}): QaScores[] {
  const questions = readJsonl<SquadQuestion>(file).slice(0, limit);
  const ids = new Map<string, string>();
  const reports: Report[] = [];
  for (const q of questions) {
    if (ids.has(q.context)) continue;
    const id = `squad-${ids.size + 1}`;
    ids.set(q.context, id);
    reports.push({ id, date: null, title: q.title.replace(/_/g, ' '), text: q.context, origin: { file } });
  }
  const desk = Newsdesk.fromReports(reports, options);
  // measured as the bot answers once its start-up annotation is done
  for (const report of reports) desk.annotations(report.id);
  const scores = new Map<'who' | 'when', QaScores>();
  for (const q of questions) {
    const score = scores.get(q.kind) ?? { kind: q.kind, questions: 0, exact: 0, f1: 0, reportTop3: 0, answered: 0 };
    scores.set(q.kind, score);
    const result = desk.ask(q.kind, q.question, { limit: 3 });
    const top = result.answers[0];
    score.questions++;
    if (!top) continue;
    score.answered++;
    score.exact += exactMatch(top.text, q.answers);
    score.f1 += tokenF1(top.text, q.answers);
    const gold = ids.get(q.context);
    if (result.answers.some((a) => a.citations[0]?.reportId === gold)) score.reportTop3++;
  }
  return [...scores.values()].sort((a, b) => a.kind.localeCompare(b.kind)).reverse();
}
