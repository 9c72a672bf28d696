import { describe, expect, it } from 'vitest';
import { joinSurnames } from '../../../src/core/summary/surnames.js';

const counted = (entries: Array<[string, number]>) => Object.fromEntries(joinSurnames(new Map(entries)));

describe("a day's people under their full names", () => {
  it.each([
    // a surname alone joins the one full name of the day that ends with it
    [
      [
        ['Ann Roe', 3],
        ['Roe', 2],
      ],
      { 'Ann Roe': 5 },
    ],
    [
      [
        ['Roe', 2],
        ['Ann Roe', 1],
        ['Tom Hale', 4],
      ],
      { 'Ann Roe': 3, 'Tom Hale': 4 },
    ],
  ] as Array<[Array<[string, number]>, Record<string, number>]>)('%j → %j', (entries, expected) => {
    expect(counted(entries)).toEqual(expected);
  });

  it.each([
    // two full names end with it: which one is meant is not known
    [
      [
        ['Ann Roe', 3],
        ['Tom Roe', 1],
        ['Roe', 2],
      ],
      { 'Ann Roe': 3, 'Tom Roe': 1, Roe: 2 },
    ],
    // no full name that day
    [
      [
        ['Roe', 2],
        ['Tom Hale', 1],
      ],
      { Roe: 2, 'Tom Hale': 1 },
    ],
    // a first name alone is not a surname
    [
      [
        ['Ann Roe', 3],
        ['Ann', 1],
      ],
      { 'Ann Roe': 3, Ann: 1 },
    ],
  ] as Array<[Array<[string, number]>, Record<string, number>]>)('negative: %j stays %j', (entries, expected) => {
    expect(counted(entries)).toEqual(expected);
  });
});
