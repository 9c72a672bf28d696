import { describe, expect, it } from 'vitest';
import { periodPhrases } from '../../../../src/core/answer/rank/periods.js';

const written = (text: string) => periodPhrases(text).map((p) => p.text);

describe('named periods and events that place a time', () => {
  it.each([
    ['During the Second World War the city was razed.', ['the Second World War']],
    ['Before World War I, Angell wrote most.', ['World War I']],
    ['After the Franco-German War the empire was founded.', ['the Franco-German War']],
    ['Humans lived there in the Pleistocene epoch.', ['the Pleistocene epoch']],
    ['Empires thrived in the pre-Columbian era.', ['the pre-Columbian era']],
    ['The Tang dynasty ruled China.', ['The Tang dynasty']],
    ['Prices fell in the Great Depression and the Cold War.', ['the Great Depression', 'the Cold War']],
    ['The Great Depression hit the country hard.', ['The Great Depression']],
    ['In the Ardena War years, spending rose.', ['the Ardena War']],
    ['The Korvex War ended in a truce.', ['The Korvex War']],
  ])('%s → %j', (text, periods) => {
    expect(written(text)).toEqual(periods);
    for (const p of periodPhrases(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('named periods: none where no period is named', () => {
  it.each([
    'The war ended in a new age.',
    'In The Age of Reason he wrote.',
    'The Warsaw Uprising Museum opened.',
    'A period of calm followed in the 16th century.',
    'During the war, prices rose.',
    'Its forces took a fort on the Ardena War southern front.',
    'Ardena War veterans were ill.',
    'The money goes to Velmont Dynasty four-door sedans.',
    '',
  ])('%j', (text) => {
    expect(written(text)).toEqual([]);
  });
});
