import { describe, expect, it } from 'vitest';
import { centuryPairMentions } from '../../../../src/core/extract/dates/centuryPairs.js';

describe('two centuries named as one span', () => {
  it.each([
    ['Lace was made in the 13th and 14th centuries.', 'the 13th and 14th centuries', '1200', '1399'],
    [
      'Velt flourished in the fifteenth to seventeenth centuries.',
      'the fifteenth to seventeenth centuries',
      '1400',
      '1699',
    ],
    ['Its 18th–19th centuries houses stand.', '18th–19th centuries', '1700', '1899'],
    ['Ardena was ruled in the 1st and the 2nd centuries.', 'the 1st and the 2nd centuries', '0000', '0199'],
  ])('%s → %s', (text, written, value, until) => {
    const [found] = centuryPairMentions(text);
    expect(found).toMatchObject({ text: written, value, until, precision: 'year' });
    expect(text.slice(found!.start, found!.end)).toBe(written);
  });
});

describe('two centuries: none where no span is named', () => {
  it.each([
    'The 17th and 16th centuries are told backwards.',
    'He came 16th and 17th in the two races.',
    'The 30th and 31st centuries are far off.',
    'the 16th century and the 17th',
    '',
  ])('%j', (text) => {
    expect(centuryPairMentions(text)).toEqual([]);
  });
});
