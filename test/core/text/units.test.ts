import { describe, expect, it } from 'vitest';
import { boundedUnits, cutAtBoundaries } from '../../../src/core/text/units.js';

const pieces = (text: string, max: number) =>
  cutAtBoundaries(text, { start: 0, end: text.length }, max).map((s) => text.slice(s.start, s.end));

describe('cutAtBoundaries', () => {
  it.each([
    [
      'at a clause end when one is in the second half',
      'alpha beta, gamma delta epsilon',
      20,
      ['alpha beta,', 'gamma delta epsilon'],
    ],
    [
      'at the last space when no clause ends there',
      'alpha beta gamma delta epsilon',
      20,
      ['alpha beta gamma', 'delta epsilon'],
    ],
    ['at the limit inside a run without spaces', 'x'.repeat(25), 10, ['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]],
    [
      'not at a clause end so early it leaves a crumb',
      'ab, cdefgh ijklmnopqrstuvwxyz',
      20,
      ['ab, cdefgh', 'ijklmnopqrstuvwxyz'],
    ],
    ['not at all when the text fits', 'short text', 20, ['short text']],
  ])('cuts %s', (_, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });

  it('keeps offsets: every piece is the text at its span, no piece is longer than the limit', () => {
    const text = 'one two three, four five; six seven eight nine ten '.repeat(200);
    const spans = cutAtBoundaries(text, { start: 0, end: text.length }, 100);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(100);
    expect(
      spans
        .map((s) => text.slice(s.start, s.end))
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe(text.trim().replace(/\s+/g, ' '));
  });
});

describe('boundedUnits', () => {
  it('packs whole sentences of short paragraphs into one unit', () => {
    const text = 'First sentence here. Second one.\n\nA new paragraph.';
    expect(boundedUnits(text).map((u) => text.slice(u.start, u.end))).toEqual([text]);
  });

  it('starts a new unit when the next sentence does not fit', () => {
    const sentence = `Word ${'word '.repeat(49).trim()}.`;
    const text = Array.from({ length: 5 }, () => sentence).join(' ');
    const units = boundedUnits(text, { maxUnitChars: 600 });
    expect(units.length).toBe(3);
    for (const unit of units) expect(text.slice(unit.start, unit.end).endsWith('.')).toBe(true);
  });

  it.each([
    ['one line without punctuation', 'word '.repeat(100_000)],
    ['digits', '7'.repeat(100_000)],
    ['quote marks', '"“'.repeat(50_000)],
  ])('never makes a unit over the limit: %s', (_, text) => {
    const units = boundedUnits(text, { maxSentenceChars: 1000, maxUnitChars: 2000 });
    expect(units.length).toBeGreaterThan(40);
    for (const unit of units) expect(unit.end - unit.start).toBeLessThanOrEqual(2000);
    expect(units.every((u, i) => i === 0 || u.start >= units[i - 1]!.end)).toBe(true);
  });
});
