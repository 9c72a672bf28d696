import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { cutAtLegalForms } from '../../../src/core/extract/entities/legalFormEnd.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

const whole = (text: string, words: string, type: NerSpan['type'] = 'ORG'): NerSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type };
};
const cut = (text: string, span: NerSpan) => cutAtLegalForms(text, [span]).map((s) => text.slice(s.start, s.end));

describe('cutAtLegalForms: a company name ends at its legal form', () => {
  it.each([
    [
      'A poll by Velmont Surveys Limited for The Ardena Times ran.',
      'Velmont Surveys Limited for The Ardena Times',
      ['Velmont Surveys Limited', 'Ardena Times'],
    ],
    ['Velmont Inc and Korvex Corp agreed.', 'Velmont Inc and Korvex Corp', ['Velmont Inc', 'Korvex Corp']],
    [
      'Velmont Corp. with Korvex Ltd to Zentrix Co bid.',
      'Velmont Corp. with Korvex Ltd to Zentrix Co',
      ['Velmont Corp.', 'Korvex Ltd', 'Zentrix Co'],
    ],
  ])('%s', (text, words, parts) => {
    expect(cut(text, whole(text, words))).toEqual(parts);
  });

  it.each([
    ['a form before "of"', 'Velmont Corp of Ardena agreed.', 'Velmont Corp of Ardena', 'ORG'],
    ['a form that ends the name', 'Shares of Velmont Corp rose.', 'Velmont Corp', 'ORG'],
    ['a joining word before a lower-case word', 'Velmont Inc and others bid.', 'Velmont Inc and others', 'ORG'],
    ['a person', 'Ann Co and Tom Roe met.', 'Ann Co and Tom Roe', 'PER'],
    ['a word that only begins like a form', 'Velmont Corporate and Korvex met.', 'Velmont Corporate and Korvex', 'ORG'],
  ] as Array<[string, string, string, NerSpan['type']]>)('stays whole: %s', (_why, text, words, type) => {
    expect(cut(text, whole(text, words, type))).toEqual([words]);
  });

  it('gives the two companies as entities', () => {
    const names = extractEntities('A poll by Velmont Surveys Limited for The Ardena Times showed a lead.').map(
      (m) => m.text,
    );
    expect(names).toContain('Velmont Surveys Limited');
    expect(names.some((n) => n.includes(' for '))).toBe(false);
  });
});
