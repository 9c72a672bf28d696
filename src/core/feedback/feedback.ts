import { z } from 'zod';
import type { StateStore } from '../state/stateStore.js';

/** The append-only log of verdicts in the state store. */
export const FEEDBACK_LOG = 'feedback';

/** One 👍 / 👎 on one answer, as appended to the feedback log. */
export const feedbackRecord = z.object({
  /** When it was pressed (ISO time). */
  at: z.string(),
  /** The message and the 0-based answer in it: together, which answer was judged. */
  messageId: z.string(),
  index: z.number().int().min(0),
  /** Who pressed (a Discord user id); one verdict per user and answer. */
  userId: z.string(),
  verdict: z.enum(['up', 'down']),
  /** The verdict this press replaces, when the same user changed their mind. */
  replaces: z.enum(['up', 'down']).optional(),
  /** The command of the answer (who, when, quote, search) and the question as asked. */
  command: z.enum(['who', 'when', 'quote', 'search']),
  question: z.string(),
  /** The answer text shown. */
  answer: z.string(),
  /** The cited report and the passage's offsets in its text, with the passage itself. */
  reportId: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  passage: z.string().nullable(),
});

export type FeedbackRecord = z.infer<typeof feedbackRecord>;

/** What became of a press. */
export type FeedbackOutcome = 'recorded' | 'changed' | 'unchanged';

/**
 * Records a press once per user and answer: the first press is appended; the same verdict
 * again is not; the other verdict is appended as a change (`replaces`), and the latest verdict
 * is the one that counts. The last verdict per user and message is kept under
 * `feedback-votes/<messageId>/<userId>`, updated as one step, so two quick presses cannot both
 * be recorded as first.
 */
export async function recordFeedback(store: StateStore, record: FeedbackRecord): Promise<FeedbackOutcome> {
  let outcome: FeedbackOutcome = 'unchanged';
  let replaces: FeedbackRecord['verdict'] | undefined;
  const key = `feedback-votes/${safePart(record.messageId)}/${safePart(record.userId)}`;
  await store.update(key, (current) => {
    const votes = z
      .record(z.string(), z.enum(['up', 'down']))
      .catch({})
      .parse(current ?? {});
    const before = votes[String(record.index)];
    if (before === record.verdict) return votes;
    outcome = before ? 'changed' : 'recorded';
    replaces = before;
    return { ...votes, [String(record.index)]: record.verdict };
  });
  if (outcome !== 'unchanged') await store.append(FEEDBACK_LOG, replaces ? { ...record, replaces } : record);
  return outcome;
}

/** A Discord id as it stands; anything else reduced to the characters a state key allows. */
function safePart(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || '_';
}

/** Every readable record of the log, oldest first (a line that is not a record is skipped). */
export async function readFeedback(store: StateStore): Promise<FeedbackRecord[]> {
  const records: FeedbackRecord[] = [];
  for (const raw of await store.readLog(FEEDBACK_LOG)) {
    const parsed = feedbackRecord.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
  }
  return records;
}

/** The latest verdict of each user on each answer (a change replaces the earlier press). */
export function latestVerdicts(records: FeedbackRecord[]): FeedbackRecord[] {
  const latest = new Map<string, FeedbackRecord>();
  for (const record of records) latest.set(`${record.messageId}:${record.index}:${record.userId}`, record);
  return [...latest.values()];
}

/** 👍 and 👎 counts of the verdicts pressed in the `days` before `now`. */
export function feedbackCounts(records: FeedbackRecord[], now: Date, days = 7): { up: number; down: number } {
  const since = now.getTime() - days * 86_400_000;
  const counts = { up: 0, down: 0 };
  for (const record of latestVerdicts(records)) {
    const at = Date.parse(record.at);
    if (at >= since && at <= now.getTime()) counts[record.verdict]++;
  }
  return counts;
}

/**
 * One question of the quality set, in the format of the eval's reading sets (SQuAD rows:
 * id, question, answers, context, kind, title): a 👍 makes the answer gold; a 👎 leaves the
 * gold empty and lists the answer under `rejected`.
 */
export interface FeedbackEvalRow {
  id: string;
  question: string;
  answers: string[];
  rejected: string[];
  context: string;
  kind: FeedbackRecord['command'];
  title: string;
  verdict: FeedbackRecord['verdict'];
}

/** The latest verdicts with a cited passage, as eval rows, oldest first. */
export function feedbackEvalRows(records: FeedbackRecord[]): FeedbackEvalRow[] {
  return latestVerdicts(records)
    .filter((r) => r.passage !== null && r.reportId !== null)
    .map((r) => ({
      id: `feedback-${r.messageId}-${r.index}-${r.userId}`,
      question: r.question,
      answers: r.verdict === 'up' ? [r.answer] : [],
      rejected: r.verdict === 'down' ? [r.answer] : [],
      context: r.passage ?? '',
      kind: r.command,
      title: r.reportId ?? '',
      verdict: r.verdict,
    }));
}
