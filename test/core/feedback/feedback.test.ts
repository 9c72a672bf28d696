import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FeedbackRecord,
  feedbackCounts,
  feedbackEvalRows,
  readFeedback,
  recordFeedback,
} from '../../../src/core/feedback/feedback.js';
import { FileStateStore } from '../../../src/core/state/fileStateStore.js';

const NOW = new Date('2026-12-01T12:00:00Z');

function press(userId: string, verdict: 'up' | 'down', extra: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    at: NOW.toISOString(),
    messageId: '900000000000000009',
    index: 0,
    userId,
    verdict,
    command: 'who',
    question: 'Minister of Defense of Azerbaijan',
    answer: 'Zakir Hasanov',
    reportId: 'founding',
    start: 0,
    end: 120,
    passage: 'Colonel General Zakir Hasanov has met with the delegation',
    ...extra,
  };
}

async function store(): Promise<{ dir: string; state: FileStateStore }> {
  const dir = await mkdtemp(join(tmpdir(), 'feedback-'));
  return { dir, state: new FileStateStore(dir) };
}

describe('feedback on answers', () => {
  it('records two users on one answer twice, one user pressing twice once, a changed verdict as a change', async () => {
    const { dir, state } = await store();
    expect(await recordFeedback(state, press('1', 'up'))).toBe('recorded');
    expect(await recordFeedback(state, press('2', 'up'))).toBe('recorded');
    expect(await recordFeedback(state, press('1', 'up'))).toBe('unchanged');
    expect(await recordFeedback(state, press('1', 'up', { index: 1 }))).toBe('recorded'); // another answer
    expect(await recordFeedback(state, press('2', 'down'))).toBe('changed');
    const lines = (await readFile(join(dir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l)).map((r) => [r.userId, r.index, r.verdict, r.replaces])).toEqual([
      ['1', 0, 'up', undefined],
      ['2', 0, 'up', undefined],
      ['1', 1, 'up', undefined],
      ['2', 0, 'down', 'up'],
    ]);
    // the latest verdict of each user on each answer counts: user 2 changed to 👎
    expect(feedbackCounts(await readFeedback(state), NOW)).toEqual({ up: 2, down: 1 });
  });

  it('records a burst of presses by one user once', async () => {
    const { state } = await store();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => recordFeedback(state, press('1', 'down'))));
    expect(outcomes.filter((o) => o === 'recorded')).toHaveLength(1);
    expect(await readFeedback(state)).toHaveLength(1);
  });

  it.each([
    ['pressed just now', 0, 1],
    ['six days ago', 6 * 86_400_000, 1],
    ['eight days ago', 8 * 86_400_000, 0],
  ])('counts a verdict %s in the last 7 days: %d', (_when, ago, counted) => {
    const record = press('1', 'up', { at: new Date(NOW.getTime() - ago).toISOString() });
    expect(feedbackCounts([record], NOW).up).toBe(counted);
  });

  it('exports the latest verdicts as eval rows: a 👍 answer is gold, a 👎 one is rejected', () => {
    const rows = feedbackEvalRows([press('1', 'up'), press('2', 'down'), press('3', 'up', { passage: null })]);
    expect(rows).toEqual([
      expect.objectContaining({
        question: 'Minister of Defense of Azerbaijan',
        answers: ['Zakir Hasanov'],
        rejected: [],
        kind: 'who',
        title: 'founding',
        context: 'Colonel General Zakir Hasanov has met with the delegation',
      }),
      expect.objectContaining({ answers: [], rejected: ['Zakir Hasanov'], verdict: 'down' }),
    ]);
  });
});
