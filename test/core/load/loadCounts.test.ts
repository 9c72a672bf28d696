import { describe, expect, it } from 'vitest';
import { describeLoad, loadCounts } from '../../../src/core/load/loadCounts.js';

const fileProblem = (file: string) => ({ file, reason: 'no "date YYYY-MM-DD" line at the start' });
const lineProblem = (line: number) => ({ file: 'feed.jsonl', line, reason: 'text is empty' });

describe('load counts, each in its own unit', () => {
  it.each([
    [{ files: 1, loaded: 1, problems: [] }, '1 file read, 1 report loaded; nothing skipped'],
    [
      {
        files: 13,
        loaded: 4,
        problems: [...['a', 'b', 'c'].map(fileProblem), ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(lineProblem)],
      },
      '13 files read, 4 reports loaded; skipped: 3 files, 9 lines or items inside files',
    ],
    [
      { files: 2, loaded: 0, problems: [lineProblem(3)] },
      '2 files read, 0 reports loaded; skipped: 0 files, 1 line or item inside a file',
    ],
  ])('%j → %s', (load, text) => {
    expect(describeLoad(load)).toBe(text);
  });

  it('counts an item of a JSON array as an entry, not a file', () => {
    const counts = loadCounts({
      files: 1,
      loaded: 2,
      problems: [{ file: 'x.json', item: 3, reason: 'text is empty' }],
    });
    expect(counts).toEqual({ files: 1, reports: 2, filesSkipped: 0, entriesSkipped: 1 });
  });
});
