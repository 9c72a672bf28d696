import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { personAfterTitle, titledBefore } from '../../../src/core/extract/entities/titleBefore.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** The span of `name` (its last occurrence) in `text`, typed as the tagger gave it. */
const spanOf = (text: string, name: string, type: NerSpan['type']): NerSpan => {
  const start = text.lastIndexOf(name);
  return { start, end: start + name.length, type };
};

describe('personAfterTitle', () => {
  it.each([
    ['opened by Queen Ardena', 'Ardena', 'LOC', 'PER'],
    ['a letter from President Velmont', 'Velmont', 'ORG', 'PER'],
    ['Dr. Ardena', 'Ardena', 'LOC', 'PER'],
    ['King Ardena Roe', 'Ardena Roe', 'LOC', 'PER'],
    // a person stays one
    ['Queen Ardena', 'Ardena', 'PER', 'PER'],
    // no title, a lower-case role, a comma between, or a long run after the title
    ['opened by Ardena', 'Ardena', 'LOC', 'LOC'],
    ['the queen Ardena', 'Ardena', 'LOC', 'LOC'],
    ['the Queen, Ardena', 'Ardena', 'LOC', 'LOC'],
    ['President Velmont Trade Bank', 'Velmont Trade Bank', 'ORG', 'ORG'],
    // a word that is no title
    ['Northern Ardena', 'Ardena', 'LOC', 'LOC'],
  ] as const)('%j: %s read %s → %s', (text, name, tagged, expected) => {
    expect(personAfterTitle(spanOf(text, name, tagged), text).type).toBe(expected);
  });
});

describe('personAfterTitle: a title read into a place or body with a short name', () => {
  it.each([
    ['opened by King Ardena', 'King Ardena', 'ORG', ['Ardena', 'PER']],
    ['a visit of Queen Ardena Roe', 'Queen Ardena Roe', 'LOC', ['Ardena Roe', 'PER']],
    // a body's or thing's last word, a longer run, other names, a title not written as one, no capital after
    ['Queen Ardena Hospital', 'Queen Ardena Hospital', 'ORG', ['Queen Ardena Hospital', 'ORG']],
    ['President Velmont Trade Bank', 'President Velmont Trade Bank', 'ORG', ['President Velmont Trade Bank', 'ORG']],
    ['the Miss Ardena contest', 'Miss Ardena', 'MISC', ['Miss Ardena', 'MISC']],
    ['MX Velmont', 'MX Velmont', 'ORG', ['MX Velmont', 'ORG']],
    ['King of Ardena', 'King of Ardena', 'LOC', ['King of Ardena', 'LOC']],
  ] as const)('%j: %s read %s', (text, name, tagged, [person, type]) => {
    const span = personAfterTitle(spanOf(text, name, tagged), text);
    expect([text.slice(span.start, span.end), span.type]).toEqual([person, type]);
  });
});

describe('a title before a name the tagger reads as a place makes it a person', () => {
  it('reads King Jordan as a person and Jordan alone as a place', () => {
    const typeOf = (text: string) => extractEntities(text).find((e) => e.text === 'Jordan')?.type;
    expect(typeOf('The hall was opened by King Jordan in 1921.')).toBe('person');
    expect(typeOf('The hall was opened in Jordan in 1921.')).toBe('place');
  });
});

describe('titledBefore: a title or role right before a name', () => {
  it.each([
    ['former Velmont Sen. Anna Tower', true],
    ['Senator Anna Tower', true],
    ['the president Anna Tower', true],
    ['Mr. Tom Hall', true],
    // no title, a comma between, a place before
    ['at the Anna Tower', false],
    ['the Senator, Anna Tower', false],
    ['Velmont Anna Tower', false],
  ])('%j: %s', (text, titled) => {
    expect(titledBefore(text, text.lastIndexOf('Anna') >= 0 ? text.lastIndexOf('Anna') : text.lastIndexOf('Tom'))).toBe(
      titled,
    );
  });
});
