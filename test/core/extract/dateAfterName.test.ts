import { describe, expect, it } from 'vitest';
import { cutDatesAfterNames } from '../../../src/core/extract/entities/dateAfterName.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';

/** The span of `name` in `text`, as the tagger would give it. */
const spanOf = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'ORG' as const };
};

describe('cutDatesAfterNames: a month before a day number is no part of a name', () => {
  it.each([
    ['KAVKAZNEWS.GE/ On March 4, the talks began.', 'KAVKAZNEWS.GE/ On March', 'KAVKAZNEWS.GE'],
    ['Velmont Industries Jan. 12 sales rose.', 'Velmont Industries Jan.', 'Velmont Industries'],
    ['Ostrava Steel Works December 3 output fell.', 'Ostrava Steel Works December', 'Ostrava Steel Works'],
  ])('%s', (text, tagged, kept) => {
    const [span] = cutDatesAfterNames(text, [spanOf(text, tagged)]);
    expect(text.slice(span!.start, span!.end)).toBe(kept);
  });

  it('drops a name that was only the date', () => {
    const text = 'On March 4, the talks began.';
    expect(cutDatesAfterNames(text, [spanOf(text, 'On March')])).toEqual([]);
  });
});

describe('cutDatesAfterNames leaves names that only look like dates', () => {
  it.each([
    // a month with no day after it: a given name, or the name of a month in a title
    ['Anna May said the vote was fair.', 'Anna May'],
    ['The Velmont August Fund grew.', 'Velmont August Fund'],
    ['She met April Roe in Paris.', 'April Roe'],
    // a number that is no day: a count or a year
    ['Tom May 1,200 times a year.', 'Tom May'],
    ['Tom May 4.30 in the morning.', 'Tom May'],
    ['The Velmont Prize of March 1988 was given.', 'Velmont Prize of March'],
  ])('%s', (text, tagged) => {
    const span = spanOf(text, tagged);
    expect(cutDatesAfterNames(text, [span])).toEqual([span]);
  });
});

describe('extractEntities: a dateline date is no part of a name', () => {
  it('reads the minister and the country apart from "On March 4"', () => {
    const text =
      'Tbilisi. 5 March. KAVKAZNEWS.GE/ On March 4, the Minister of Energy of Georgia, Ivane Kordel has met the delegation.';
    const names = extractEntities(text).map((e) => [e.type, e.text]);
    expect(names).toContainEqual(['place', 'Georgia']);
    expect(names).toContainEqual(['person', 'Ivane Kordel']);
    expect(names.some(([, name]) => name!.includes('March'))).toBe(false);
  });
});
