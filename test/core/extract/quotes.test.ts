import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes/quotes.js';
import { findQuoteSpans } from '../../../src/core/extract/quotes/quoteSpans.js';
import { foundingText } from '../../helpers/fixtures.js';

function quotes(text: string) {
  return extractQuotes(text, extractEntities(text));
}

describe('extractQuotes', () => {
  it('finds the Mattis line, attributed to Cooper quoting Mattis, verbatim', () => {
    const text = foundingText();
    const found = quotes(text);
    expect(found).toHaveLength(1);
    const [quote] = found;
    expect(quote).toMatchObject({
      text: 'the successes achieved in Afghanistan today would have been impossible without strong support from Azerbaijan.',
      speaker: 'Laura Cooper',
      speakerSurface: 'Cooper',
      quoting: 'James Mattis',
    });
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
  });

  it.each([
    ['after the quote', 'Senator Jane Miller spoke. “We will not back down on this,” Miller said.', 'Jane Miller'],
    ['said before the name', 'Jane Miller spoke. "We will not back down on this," said Miller.', 'Jane Miller'],
    ['with a colon before', 'Jane Miller told reporters: “We will not back down on this.”', 'Jane Miller'],
    ['according to', '“The plan is dead and buried now,” according to Jane Miller.', 'Jane Miller'],
    ['a pronoun', 'Jane Miller arrived late. “We will not back down on this,” she said.', 'Jane Miller'],
    ['a dash after', '“We will not back down on this.” ― Jane Miller', 'Jane Miller'],
    ['a name the tagger misses', '“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.', 'Gwen Moore'],
  ])('attributes a quote %s', (_label, text, speaker) => {
    expect(quotes(text)[0]?.speaker).toBe(speaker);
  });

  it('joins a quotation that runs over paragraphs', () => {
    const text = 'Jane Miller said: “The first part of what I said\n\n“and the second part of it, too.”';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.inner.start, spans[0]!.inner.end)).toBe('The first part of what I said\n\n“and the second part of it, too.');
  });

  it('gives an unattributed paragraph that follows a quote the same speaker', () => {
    const found = quotes('“We will fight this in every court,” Jane Miller said.\n“And we will win in the end, believe me.”');
    expect(found.map((q) => q.speaker)).toEqual(['Jane Miller', 'Jane Miller']);
  });
});
