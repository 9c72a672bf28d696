import { describe, expect, it } from 'vitest';
import { presentRefMentions } from '../../../../src/core/extract/dates/presentRef.js';

const REFERENCE = new Date(Date.UTC(1998, 1, 6));

describe('present, past and future references', () => {
  it.each([
    ['Prices are now higher.', 'now', 'PRESENT_REF', '1998-02-06'],
    ['He is currently in Paris.', 'currently', 'PRESENT_REF', '1998-02-06'],
    // only "past" before a length opens a stretch of time; "now" before one is still now
    ['It is now two years since the vote.', 'now', 'PRESENT_REF', '1998-02-06'],
    ['It was recently sold.', 'recently', 'PAST_REF', '1998'],
    ['Rates may rise in the near future.', 'the near future', 'FUTURE_REF', '1998'],
  ])('%s → %s', (text, written, timex, value) => {
    expect(presentRefMentions(text, REFERENCE)).toMatchObject([{ text: written, timex, value, approximate: true }]);
  });
});

describe('references: none where no time is meant', () => {
  it.each([
    'I know the answer.',
    'The now-defunct airline.',
    'Sales rose over the past year.',
    'Prices fell over the past few weeks.',
    'A bright future awaits them soon.',
    'Snow fell.',
    '',
  ])('%j', (text) => {
    expect(presentRefMentions(text, REFERENCE)).toEqual([]);
  });

  it('needs a report date', () => {
    expect(presentRefMentions('It is now over.', null)).toEqual([]);
  });
});
