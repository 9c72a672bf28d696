import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { rangeParts } from '../../../../src/core/extract/dates/rangeParts.js';

/** The two ends of the one date of a text, as [text, value] (null for an end that does not read alone). */
function partsOf(text: string): Array<[string, string] | null> | null {
  const [date] = extractDates(text, '1998-02-06');
  const parts = date ? rangeParts(date) : null;
  if (!parts) return null;
  return [parts.first, parts.last].map((p) => {
    if (!p) return null;
    expect(text.slice(p.start, p.end)).toBe(p.text);
    return [p.text, p.value];
  });
}

describe('the two written ends of a span', () => {
  it.each([
    [
      'The painter Ann Roe (1921–1998) lived here.',
      [
        ['1921', '1921'],
        ['1998', '1998'],
      ],
    ],
    [
      'The fair was held from 1954 to 1956.',
      [
        ['1954', '1954'],
        ['1956', '1956'],
      ],
    ],
    [
      'Rain fell from July 1982 to June 1983.',
      [
        ['July 1982', '1982-07'],
        ['June 1983', '1983-06'],
      ],
    ],
    [
      'The works were built between 1621 and 1629.',
      [
        ['1621', '1621'],
        ['1629', '1629'],
      ],
    ],
    // a shortened year does not read on its own
    ['It was built in 1862–90.', [['1862', '1862'], null]],
  ])('%s → %j', (text, parts) => {
    expect(partsOf(text)).toEqual(parts);
  });

  it.each([
    ['a decade is a span but no written range', 'They were built in the 1960s.'],
    ['a single year', 'It opened in 1990.'],
    ['a quarter is one time with a value of its own', 'Profit fell in the third-quarter.'],
    ['a year and the next one written short name one season', 'It was the 1995–96 season.'],
    ['the same, a fiscal year', 'Sales rose in fiscal 2008-09.'],
  ])('none: %s', (_why, text) => {
    expect(partsOf(text)).toBeNull();
  });
});

describe('the dash of a modifier is no joining word', () => {
  it('"mid-1990 to 1995" opens with "mid-1990"', () => {
    const text = 'mid-1990 to 1995';
    const date = { text, type: 'date', value: '1990', precision: 'year', until: '1995', start: 0, end: 16 } as const;
    const parts = rangeParts(date);
    expect([parts?.first?.text, parts?.last?.text]).toEqual(['mid-1990', '1995']);
  });
});
