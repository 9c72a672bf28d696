import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { annotate } from '../../../src/core/extract/annotate.js';

/** Units of one short sentence each, so every sentence is read on its own. */
const ONE_SENTENCE_UNITS = { maxUnitChars: 60, maxSentenceChars: 60 };

/** The kinds and names given to each mention of `word`, in order. */
function readingsOf(text: string, word: string): string[] {
  return annotate({ text, date: '2024-01-01' }, ONE_SENTENCE_UNITS)
    .entities.filter((m) => m.surface === word)
    .map((m) => `${m.type}:${m.text}`);
}

describe('names across units', () => {
  it.each([
    // read as a body in an earlier unit: a later lone mention read as a person is that body, under
    // the full name the earlier unit gives it
    ['Velmont Airlines has bought two new planes. Velmont said the deal is done.', ['organization:Velmont Airlines']],
    ['Velmont Motor Company will cut 900 jobs. Velmont said the deal is done.', ['organization:Velmont Motor Company']],
    // named in full in an earlier unit: the surname is that person
    ['Ann Velmont has bought two new planes. Velmont said the deal is done.', ['person:Ann Velmont']],
  ])('%j', (text, expected) => {
    expect(readingsOf(text, 'Velmont')).toEqual(expected);
  });

  it('negative: two companies of that name in earlier units leave the lone name as written', () => {
    const text = 'Velmont Motors will cut 900 jobs. Velmont Group will hire 50. Velmont said the deal is done.';
    expect(readingsOf(text, 'Velmont')).toEqual(['organization:Velmont']);
  });
});

describe('a lone word that is a date', () => {
  it.each([
    ['Before Christmas, Velmont Airlines revealed the plan.', 'Christmas'],
    ['Sales at Velmont Airlines rose at Thanksgiving.', 'Thanksgiving'],
  ])('%j: %j is a date, not a name', (text, word) => {
    const annotations = annotate({ text, date: '2024-01-01' });
    expect(annotations.entities.map((m) => m.surface)).not.toContain(word);
    expect(annotations.dates.map((d) => d.text)).toContain(word);
  });

  it.each([
    ['Velmont Airlines shares fell 3% by 18:00 UTC on Monday.', 'UTC'],
    ['The Ardena index had lost 2.6% as of 16:00 UTC, traders said.', 'UTC'],
  ])('%j: the time zone %j of a clock time is no name', (text, word) => {
    const annotations = annotate({ text, date: '2024-01-01' });
    expect(annotations.entities.map((m) => m.surface)).not.toContain(word);
    expect(annotations.dates.some((d) => d.text.includes(word))).toBe(true);
  });

  it('negative: a body in capitals beside a clock time stays a name', () => {
    const text = 'At 18:00 the NATO council met in Brussels.';
    expect(annotate({ text, date: '2024-01-01' }).entities.map((m) => m.surface)).toContain('NATO');
  });

  it('negative: the first name of a person named in full stays that person', () => {
    const text = 'Coach Christmas Velmont spoke. Christmas said the plan was sound.';
    const names = annotate({ text, date: '2024-01-01' }).entities.map((m) => m.text);
    expect(names).toEqual(['Christmas Velmont', 'Christmas Velmont']);
  });
});

describe("a weekday inside a body's name", () => {
  it('is no date, and the weekday after it is', () => {
    const text = 'A poll by Velmont Surveys Limited for The Sunday Telegraph put Korvex ahead on Tuesday.';
    const annotations = annotate({ text, date: '2024-01-01' });
    expect(annotations.entities.map((m) => m.surface)).toContain('Sunday Telegraph');
    expect(annotations.dates.map((d) => d.text)).toEqual(['Tuesday']);
  });

  it('negative: a weekday beside a body is a date', () => {
    const annotations = annotate({ text: 'The Velmont Board met on Sunday.', date: '2024-01-01' });
    expect(annotations.dates.map((d) => d.text)).toEqual(['Sunday']);
  });
});

/** The kinds a bundled seed report's annotation gives each mention named `name`, in order. */
function seedKindsOf(id: string, date: string, name: string): string[] {
  const file = readFileSync(new URL(`../../../seeds/meantime/${id}.md`, import.meta.url), 'utf8');
  const text = file.replace(/^---[\s\S]*?---\n/, '');
  return annotate({ text, date })
    .entities.filter((m) => m.text === name)
    .map((m) => m.type);
}

describe('one kind for a one-word name within a report', () => {
  it('a company read once as a place, three times as a company, is the company (a bundled seed report)', () => {
    const kinds = seedKindsOf('meantime-en-276079', '2011-08-08', 'Boeing');
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    expect(new Set(kinds)).toEqual(new Set(['organization']));
  });
});

describe('a name one unit calls a company', () => {
  it('is that company in every unit', () => {
    const text = 'It sold the unit to Velmont, a parts company. Germany regretted the Velmont deal.';
    expect(readingsOf(text, 'Velmont')).toEqual(['organization:Velmont', 'organization:Velmont']);
  });

  it('negative: with no unit calling it a company, the other reading stays', () => {
    expect(readingsOf('Germany regretted the Velmont deal.', 'Velmont')).toEqual(['place:Velmont']);
  });

  it('"Magna, a Canadian automobile parts company" and "the Magna deal" (a bundled seed report)', () => {
    expect(seedKindsOf('meantime-en-143480', '2009-11-05', 'Magna')).toEqual(['organization', 'organization']);
  });
});
