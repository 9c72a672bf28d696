import { describe, expect, it } from 'vitest';
import { continuesWeekdayProgramme, opensWeekdayProgramme } from '../../../src/core/text/weekdayProgramme.js';

describe('a weekday programme name', () => {
  it.each([
    ['Friday Night Velmont aired.', 0, true],
    ['The cast of Sunday Night Korvex', 12, true],
    ['on Sunday Morning Velmont News', 3, true],
    // a date: the part of the day in lower case, or no part of the day before a name
    ['on Monday night Velmont', 3, false],
    ['on Tuesday Ann Roe said', 3, false],
    ['Monday Night was cold.', 0, false],
    // not at the weekday
    ['Friday Night Velmont', 1, false],
    ['Fans watched Friday Night Velmont', 0, false],
  ] as const)('%j at %i → %s', (text, index, expected) => {
    expect(opensWeekdayProgramme(text, index)).toBe(expected);
  });

  it.each([
    ['Fans watched Friday Night Velmont', 20, true],
    // the words after the weekday in lower case, or a name after the weekday alone
    ['on Friday night Velmont', 10, false],
    ['on Tuesday Ann Roe said', 11, false],
    // no weekday right before
    ['Fans watched Night Velmont', 13, false],
  ] as const)('%j continues at %i → %s', (text, index, expected) => {
    expect(continuesWeekdayProgramme(text, index)).toBe(expected);
  });
});
