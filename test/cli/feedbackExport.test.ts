import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { feedbackRows, readFeedbackRows } from '../../eval/feedback.js';
import { runFeedbackCli } from '../../src/cli/feedbackCli.js';
import { parseConfig } from '../../src/config.js';
import { recordFeedback } from '../../src/core/feedback/feedback.js';
import { FileStateStore } from '../../src/core/state/fileStateStore.js';

const PASSAGE =
  'On December 4, the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov, ' +
  'met the delegation led by the US Deputy Assistant Secretary of Defense, Laura Cooper.';

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

describe('feedback export', () => {
  it('writes the latest verdicts as eval rows that `npm run eval -- --feedback=FILE` scores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedback-cli-'));
    const store = new FileStateStore(dir);
    const base = {
      at: '2026-12-01T10:00:00.000Z',
      messageId: '900000000000000009',
      command: 'who' as const,
      reportId: 'founding',
      start: 0,
      end: PASSAGE.length,
      passage: PASSAGE,
    };
    await recordFeedback(store, {
      ...base,
      index: 0,
      userId: '1',
      verdict: 'up',
      question: 'Minister of Defense of Azerbaijan',
      answer: 'Zakir Hasanov',
    });
    await recordFeedback(store, {
      ...base,
      index: 1,
      userId: '1',
      verdict: 'down',
      question: 'Minister of Defense of Azerbaijan',
      answer: 'Laura Cooper',
    });
    const out = sink();
    const err = sink();
    const config = parseConfig({ STATE_DIR: dir });
    expect(await runFeedbackCli(['feedback', 'export'], config, out.stream, err.stream)).toBe(0);
    expect(err.text()).toMatch(/^2 verdicts exported/);
    const file = join(dir, 'export.jsonl');
    await writeFile(file, out.text());
    const rows = readFeedbackRows(file);
    expect(rows.map((r) => [r.question, r.answers, r.rejected, r.kind])).toEqual([
      ['Minister of Defense of Azerbaijan', ['Zakir Hasanov'], [], 'who'],
      ['Minister of Defense of Azerbaijan', [], ['Laura Cooper'], 'who'],
    ]);
    const table = feedbackRows(file);
    const top1 = table.find((r) => r.measure.startsWith('top-1'));
    expect(top1).toMatchObject({ set: 'feedback who', count: 1 });
    expect(top1!.lenient).toBeGreaterThan(0); // the bot still names Hasanov on its own passage
    expect(table.find((r) => r.measure.startsWith('👎'))).toMatchObject({ strict: 0, count: 1 });
  });

  it('says how to call it for anything but `feedback export`', async () => {
    const err = sink();
    const config = parseConfig({ STATE_DIR: tmpdir() });
    expect(await runFeedbackCli(['feedback', 'import'], config, sink().stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/feedback export/);
  });
});
